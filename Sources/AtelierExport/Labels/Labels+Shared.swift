import AtelierKit

/// The labels whose words the spreadsheet import reads back: the Actions sheet's column headers and
/// the workbook's sheet names live in AtelierKit (``ActionColumn``, ``WorkbookSheet``), written once
/// for both.
extension Labels {
    static func shared(_ language: Language) -> [Label: String] {
        var table: [Label: String] = [:]
        for column in ActionColumn.allCases { table[label(of: column)] = column.header(in: language) }
        for sheet in WorkbookSheet.allCases { table[label(of: sheet)] = sheet.name(in: language) }
        return table
    }

    /// The label that heads a column of the Actions sheet.
    static func label(of column: ActionColumn) -> Label {
        switch column {
        case .rank: .rank
        case .identifier: .identifier
        case .title: .title
        case .carrier: .carrier
        case .body: .body
        case .leadService: .leadService
        case .partners: .partners
        case .dueBy: .dueBy
        case .horizon: .horizon
        case .status: .status
        case .dots: .dots
        case .score: .score
        case .budget: .budget
        case .problem: .problem
        case .description: .description
        case .sources: .sources
        case .milestones: .milestones
        case .addressee: .addressee
        case .service: .responsibleService
        case .minister: .minister
        case .response: .response
        case .justification: .justification
        case .measure: .plannedMeasure
        case .progress: .progress
        case .received: .received
        case .responded: .responded
        case .due: .responseDue
        case .nextReview: .nextReview
        case .evidence: .evidence
        case .parent: .partOf
        case .weight: .weight
        }
    }

    /// The label that names a sheet of the workbook.
    static func label(of sheet: WorkbookSheet) -> Label {
        switch sheet {
        case .actions: .sheetActions
        case .items: .sheetItems
        case .scores: .sheetScores
        case .participants: .sheetParticipants
        }
    }
}
