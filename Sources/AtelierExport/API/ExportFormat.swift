/// A kind of document `atelier export` writes; the raw value is the name on the command line.
public enum ExportFormat: String, CaseIterable, Sendable {
    /// The report of the action list, an OpenDocument text package.
    case odt
    /// The tracking workbook, an OpenDocument spreadsheet package.
    case ods
    /// The report of the action list as one flat XML file.
    case fodt
    /// The tracking workbook as one flat XML file.
    case fods
    /// The action list in Atelier's own XML vocabulary, for an administration's systems.
    case xml
    /// The Actions table as comma-separated values.
    case csv
    /// Worksheets to print for the room (rotation sheets, canvases, tally sheets, as the methods declare), A4 and A3.
    case worksheets
    /// The follow-up report: responses, progress and timelines, an OpenDocument text and spreadsheet.
    case followUp = "follow-up"
    /// The actions as a results file of Decidim's accountability component (`;`-separated CSV).
    case decidim

    /// The exporters that write this format: one per file (worksheets come in two paper sizes).
    public var exporters: [any Exporter] {
        switch self {
        case .odt: [ActionReportExporter(flat: false)]
        case .fodt: [ActionReportExporter(flat: true)]
        case .ods: [TrackingWorkbookExporter(flat: false)]
        case .fods: [TrackingWorkbookExporter(flat: true)]
        case .xml: [ActionListXMLExporter()]
        case .csv: [ActionCSVExporter()]
        case .worksheets: [RoomWorksheetsExporter(paper: .a4), RoomWorksheetsExporter(paper: .a3)]
        case .followUp: [FollowUpReportExporter(spreadsheet: false), FollowUpReportExporter(spreadsheet: true)]
        case .decidim: [DecidimResultsExporter()]
        }
    }
}
