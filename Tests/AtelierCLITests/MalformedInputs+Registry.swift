/// Broken manifests and templates in the registry, `--param` values that do not fit the manifest, files
/// that are not workshops, and spreadsheets that are not what they claim.
extension MalformedInputTests {
    /// `atelier run day2-vote` with one change to the dot-voting manifest.
    static func manifest(_ name: String, _ old: String, _ new: String, message: String) -> BadInput {
        BadInput(entry: .registry, name: name, registry: [.replace(file: "dot-voting.yaml", old, with: new)],
                 arguments: ["run", "day2-vote"], message: message)
    }

    /// `atelier run day2-vote` with a manifest added to the registry.
    static func extraManifest(_ name: String, _ content: BadInput.Content, message: String) -> BadInput {
        BadInput(entry: .registry, name: name, registry: [.write(file: "zz-extra.yaml", content)],
                 arguments: ["run", "day2-vote"], message: message)
    }

    /// A manifest adding the dot vote under the id `vote`.
    static let voteManifest = """
        # Vote
        id: vote
        version: 1.0.0
        name: {en: Vote, fr: Vote, nl: Stemming, de: Abstimmung}
        summary: {en: A vote., fr: Un vote., nl: Een stemming., de: Eine Abstimmung.}
        implementation: {module: DotVoting}

        """

    static let registries: [BadInput] = [
        manifest("YAML syntax error", "writes: [results]", "writes: [results", message: "registry/dot-voting.yaml:18:11: error: YAML syntax: did not find expected ',' or ']'"),
        manifest("unknown key", "reads: [", "colour: blue\nreads: [", message: "registry/dot-voting.yaml:16:1: error: colour: unknown key"),
        manifest("a list given as text", "writes: [results]", "writes: results",
                 message: "registry/dot-voting.yaml:17:9: error: writes: must be a list, for example [a, b]"),
        manifest("a default of the wrong type", "    default: 5\n", "    default: five\n",
                 message: "registry/dot-voting.yaml:21:14: error: parameters[0].default: must be a whole number"),
        manifest("a default out of bounds", "    default: 5\n", "    default: 0\n",
                 message: "registry/dot-voting.yaml:21:14: error: parameters[0].default: 0 is below the minimum 1"),
        manifest("a minimum above the maximum", "    min: 1\n    max: 100\n", "    min: 101\n    max: 100\n",
                 message: "registry/dot-voting.yaml:23:10: error: parameters[0].max: the maximum 100 is below the minimum 101"),
        manifest("missing implementation", "implementation:\n  module: DotVoting\n", "",
                 message: "registry/dot-voting.yaml:2:1: error: implementation: missing required key"),
        manifest("unknown built-in module", "module: DotVoting", "module: DotVote",
                 message: "registry/dot-voting.yaml:15:11: error: implementation.module: no built-in module 'DotVote'"),
        manifest("a program that does not exist", "module: DotVoting", "executable: vote.py",
                 message: "registry/dot-voting.yaml:15:15: error: implementation.executable:"),
        manifest("a key given twice", "writes: [results]", "writes: [results]\nwrites: [items]",
                 message: "registry/dot-voting.yaml:18:1: error: writes: key given twice; it is first given on line 17"),
        BadInput(entry: .registry, name: "an id of a built-in method", registry: [.copy(file: "dot-voting.yaml", to: "zz-extra.yaml")],
                 arguments: ["run", "day2-vote"],
                 message: "registry/zz-extra.yaml:2:5: error: id: id 'dot-voting' is already declared by atelier's built-in dot-voting.yaml; choose another id"),
        BadInput(entry: .registry, name: "an id declared twice in the folder",
                 registry: [.write(file: "a.yaml", .text(voteManifest)), .write(file: "b.yaml", .text(voteManifest))],
                 arguments: ["run", "day2-vote"],
                 message: "registry/b.yaml:2:5: error: id: id 'vote' is already declared by registry/a.yaml; choose another id"),
        extraManifest("a manifest that is not UTF-8", .bytes(Array("# Vote\nid: vote\nname: {fr: D".utf8) + [0xE9] + Array("compte}\n".utf8)),
                      message: "registry/zz-extra.yaml:3: error: the file is not UTF-8 text"),
        extraManifest("an empty manifest", .text("# nothing yet\n"), message: "registry/zz-extra.yaml: error: the manifest is empty"),
        extraManifest("a list instead of a mapping", .text("- id: vote\n"),
                      message: "registry/zz-extra.yaml:1:1: error: the manifest must be a mapping of keys to values"),
        BadInput(entry: .registry, name: "a broken manifest while importing into its step",
                 files: ["ballots.csv": .text("participant,item,dots\np1,pr1,1\n")],
                 registry: [.replace(file: "dot-voting.yaml", "writes: [results]", with: "writes: results")],
                 arguments: ["import", "ballots", "ballots.csv", "--step", "day2-vote"],
                 message: "registry/dot-voting.yaml:17:9: error: writes: must be a list"),
        BadInput(entry: .template, name: "template with a step of the wrong type",
                 registry: [.copy(file: "templates/two-day.yaml", to: "templates/long.yaml"),
                            .replace(file: "templates/long.yaml", "minutes: 45\n", with: "minutes: long\n")],
                 arguments: ["init", "--template", "long", "--workshop", "new.atelier"],
                 message: "registry/templates/long.yaml: error: cannot read the template"),
        BadInput(entry: .template, name: "template naming an unregistered method",
                 registry: [.copy(file: "templates/two-day.yaml", to: "templates/swat.yaml"),
                            .replace(file: "templates/swat.yaml", "method: swot", with: "method: swat")],
                 arguments: ["init", "--template", "swat", "--workshop", "new.atelier"],
                 message: "step 'day1-swot' names method 'swat'"),
        BadInput(entry: .template, name: "template reusing a built-in name",
                 registry: [.copy(file: "templates/two-day.yaml", to: "templates/two-day.yaml")],
                 arguments: ["init", "--template", "two-day", "--workshop", "new.atelier"],
                 message: "registry/templates/two-day.yaml: error: template 'two-day' is already declared by atelier's built-in templates/two-day.yaml; choose another name"),
        BadInput(entry: .template, name: "template that does not exist",
                 arguments: ["init", "--template", "three-day", "--workshop", "new.atelier"],
                 message: "three-day.yaml: error: no template 'three-day'; known: hackathon, two-day"),
    ]

    static func parameter(_ name: String, _ parameters: [String], status: Int32 = 1, message: String) -> BadInput {
        BadInput(entry: .parameters, name: name, arguments: ["run", "day2-vote"] + parameters.flatMap { ["--param", $0] },
                 status: status, message: message)
    }

    static let parameters: [BadInput] = [
        parameter("unknown parameter", ["colour=blue"],
                  message: "method 'dot-voting', parameter 'colour': unknown parameter (known: dots, max_per_item"),
        parameter("text for a whole number", ["dots=cinq"], message: "method 'dot-voting', parameter 'dots': 'cinq' is not a whole number"),
        parameter("a fraction for a whole number", ["dots=2.5"], message: "method 'dot-voting', parameter 'dots': '2.5' is not a whole number"),
        parameter("below the minimum", ["dots=0"], message: "method 'dot-voting', parameter 'dots': 0 is below the minimum 1"),
        parameter("above the maximum", ["dots=101"], message: "method 'dot-voting', parameter 'dots': 101 is above the maximum 100"),
        parameter("no value", ["dots="], message: "method 'dot-voting', parameter 'dots': '' is not a whole number"),
        parameter("not true or false", ["exclude_facilitators=peut-être"],
                  message: "method 'dot-voting', parameter 'exclude_facilitators': 'peut-être' is not true or false"),
        parameter("not one of the choices", ["scope=tout"], message: "method 'dot-voting', parameter 'scope': 'tout' is not one of all, category, top"),
        parameter("no = sign", ["dots"], status: 2, message: "--param 'dots' must be of the form KEY=VALUE"),
        parameter("no key", ["=5"], status: 2, message: "--param '=5' must be of the form KEY=VALUE"),
        parameter("a key given twice", ["dots=3", "dots=4"], status: 2, message: "--param dots is given twice"),
        BadInput(entry: .parameters, name: "a step that does not exist", arguments: ["run", "day2-vot", "--param", "dots=3"],
                 message: "'day2-vot' is neither a step of the agenda"),
    ]

    static let workshopFiles: [BadInput] = [
        BadInput(entry: .workshop, name: "a text file", files: ["notes.atelier": .text("id,name\np1,Anne\n")],
                 arguments: ["status", "--workshop", "notes.atelier"], message: "notes.atelier: this file is not an Atelier workshop"),
        BadInput(entry: .workshop, name: "an empty file", files: ["empty.atelier": .text("")],
                 arguments: ["import", "participants", "p.csv", "--workshop", "empty.atelier"],
                 message: "empty.atelier: this file is not an Atelier workshop"),
        BadInput(entry: .workshop, name: "a folder", files: ["folder.atelier/x": .text("")],
                 arguments: ["status", "--workshop", "folder.atelier"], message: "folder.atelier: the file cannot be opened"),
        BadInput(entry: .workshop, name: "no workshop at the path", arguments: ["status", "--workshop", "absent.atelier"],
                 message: "absent.atelier: no workshop here"),
    ]
}

extension MalformedInputTests {
    static let office = "xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\""

    static let spreadsheets: [BadInput] = [
        .importing(.spreadsheet, "an empty .ods", "actions", "empty.ods", .text(""),
                   message: "empty.ods: error: this is not an OpenDocument spreadsheet: neither a zip package (.ods) nor XML (.fods)"),
        .importing(.spreadsheet, "a .fods that is not well-formed", "actions", "broken.fods",
                   .text("<office:document \(office)><office:body>\n<office:spreadsheet>\n"),
                   message: "broken.fods: error: cannot read the spreadsheet: broken.fods is not well-formed XML:\n  broken.fods:2:"),
        .importing(.spreadsheet, "a .fods declaring entities", "actions", "laughs.fods",
                   .text("<!DOCTYPE l [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">]>"
                         + "<office:document \(office)><office:body><office:spreadsheet>&b;</office:spreadsheet></office:body></office:document>"),
                   message: "laughs.fods: error: cannot read the spreadsheet: laughs.fods declares a DTD; Atelier reads no DTDs"),
        .importing(.spreadsheet, "a sheet without a header row", "actions", "blank.fods",
                   .text("<office:document \(office)><office:body><office:spreadsheet><table:table table:name=\"Feuille1\"/>"
                         + "</office:spreadsheet></office:body></office:document>"),
                   message: "blank.fods:Feuille1: error: the sheet is empty; it needs a header row"),
        .importing(.spreadsheet, "a package entry escaping its folder", "actions", "slip.ods", .base64("""
            UEsDBBQAAAAAAAAAalyFbDmKLgAAAC4AAAAIAAAAbWltZXR5cGVhcHBsaWNhdGlvbi92bmQub2FzaXMub3BlbmRvY3VtZW50LnNwcmVhZHNoZWV0UEsDBBQAAAAA\
            AAAAalzUHNEBBAAAAAQAAAAOAAAALi4vY29udGVudC54bWw8YS8+UEsBAhQDFAAAAAAAAABqXIVsOYouAAAALgAAAAgAAAAAAAAAAAAAAIABAAAAAG1pbWV0eXBl\
            UEsBAhQDFAAAAAAAAABqXNQc0QEEAAAABAAAAA4AAAAAAAAAAAAAAIABVAAAAC4uL2NvbnRlbnQueG1sUEsFBgAAAAACAAIAcgAAAIQAAAAAAA==
            """),
                   message: "slip.ods: error: the package holds an entry named '../content.xml' that points outside it; Atelier refuses such files"),
        .importing(.spreadsheet, "a text document named .ods", "actions", "text.ods", .base64("""
            UEsDBBQAAAAAAAAAalxexjIMJwAAACcAAAAIAAAAbWltZXR5cGVhcHBsaWNhdGlvbi92bmQub2FzaXMub3BlbmRvY3VtZW50LnRleHRQSwMEFAAAAAAAAABqXNQc\
            0QEEAAAABAAAAAsAAABjb250ZW50LnhtbDxhLz5QSwECFAMUAAAAAAAAAGpcXsYyDCcAAAAnAAAACAAAAAAAAAAAAAAAgAEAAAAAbWltZXR5cGVQSwECFAMUAAAA\
            AAAAAGpc1BzRAQQAAAAEAAAACwAAAAAAAAAAAAAAgAFNAAAAY29udGVudC54bWxQSwUGAAAAAAIAAgBvAAAAegAAAAAA
            """),
                   message: "text.ods: error: this is not a spreadsheet: the package is of type 'application/vnd.oasis.opendocument.text'"),
    ]
}
