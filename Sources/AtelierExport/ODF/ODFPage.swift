import AtelierXML

/// A page: its size and margins (the automatic style `Page` in `styles.xml`), and the master page
/// that uses it, with a footer.
struct ODFPage {
    /// Width and height in centimetres; wider than high prints landscape.
    var width: Double
    var height: Double
    /// Margins in centimetres.
    var margin: Double
    var bottomMargin: Double

    /// The `style:page-layout` named `Page`, with room for a footer.
    func writeLayout(_ w: XMLStreamWriter) throws {
        try w.element("style:page-layout", ["style:name": "Page"]) {
            try w.element("style:page-layout-properties", [
                "fo:page-width": ODFLength.centimetres(width), "fo:page-height": ODFLength.centimetres(height),
                "style:print-orientation": width > height ? "landscape" : "portrait",
                "fo:margin-top": ODFLength.centimetres(margin), "fo:margin-bottom": ODFLength.centimetres(bottomMargin),
                "fo:margin-left": ODFLength.centimetres(margin), "fo:margin-right": ODFLength.centimetres(margin),
                "style:writing-mode": "lr-tb",
            ])
            try w.emptyElement("style:header-style")
            try w.element("style:footer-style", [:]) {
                try w.element("style:header-footer-properties", ["fo:min-height": "0.6cm", "fo:margin-top": "0.4cm"])
            }
        }
    }

    /// The master page `name` on this layout; `footer` writes the footer's paragraph content.
    func writeMaster(_ w: XMLStreamWriter, name: StaticString, footerStyle: StaticString?,
                     footer: () throws -> Void) throws {
        try w.element("style:master-page", ["style:name": name.description, "style:page-layout-name": "Page"]) {
            try w.container("style:footer") {
                try w.startElement("text:p")
                if let footerStyle { try w.attribute("text:style-name", footerStyle) }
                try footer()
                try w.endElement()
            }
        }
    }
}
