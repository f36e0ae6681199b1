/// Every piece of fixed text an export writes: headings, column names, quadrant names, carrier
/// headings, kinds, roles. Each language's table must hold every key (a test checks it); the
/// Actions sheet's headers and the sheet names come from AtelierKit (``Labels/shared(_:)``), and
/// statuses, carriers and dates are written by AtelierKit's models, since imports read them back.
///
/// Texts with placeholders use `{0}`, `{1}`, … and every language uses the same placeholders.
public enum Label: String, CaseIterable, Sendable {
    // Title page and report structure
    case actionPlan, organisation, dates, place, participantCount, contents
    case methodTrail, actions, generatedBy
    // Challenges
    case challengeCategories, uncategorised
    // Step results
    case figure, value, item, score, dots, selected, selectedFlag, tie, flags, otherGroup, cardsWritten, cardsBuildingOn, members
    case rankingChartTitle, rankingChartDescription, scatterChartTitle, scatterChartDescription, lowerIsBetter
    // Carriers
    case carrier, body
    case carrierAdministrationHeading, carrierGovernmentHeading, carrierOtherHeading
    // Action fields
    case action, rank, identifier, title, leadService, partners, horizon, dueBy, priority, status, budget, problem
    case description, milestones, sources, provenance, notRanked, actionCount
    // Item kinds
    case kindVision, kindStrength, kindWeakness, kindOpportunity, kindThreat, kindChallenge, kindIdea
    case kindProposal
    // Roles
    case roleParticipant, roleFacilitator, roleExpert, roleObserver
    // Workbook sheets and columns
    case sheetActions, sheetItems, sheetScores, sheetParticipants
    case kind, text, category, author, step, buildsOn, addresses, duplicateOf
    case criterion, rater, plenary, group, name, role
    // Worksheets for the room
    case worksheets, sheetNumber, round, idea, challenge, passTo
    case tally, total, number
    case writeHere
    case roomPlan, table
    // Dates and numbers
    case dateRange, decimalSeparator, labelSeparator
    // Charts and tables read by people and assistive technology
    case chartLeading, moreTied, sharedMarkers, quadrantCounts, challengeOne, challengeMany, detail, selectedWithTie
    // Follow-up columns
    case addressee, responsibleService, minister, response, justification, plannedMeasure, progress, received
    case responded, responseDue, nextReview, evidence, partOf, weight
    // Follow-up report
    case followUpReport, situationOn, summaryByAddressee, recommendations, noResponse, notAssigned, meanProgress
    case statusesOverTime, statusChartDescription, timeline, date, change, source
    // The record of a citizens' panel draw
    case panelRecord, panelDrawDate, panelRespondents, panelSeats, panelMethod, panelLegacy, panelMaximin, panelLeximin
    case panelLotteryPanels, panelSolver, panelSeed, panelInputsHash, panelQuotas, panelFeature, panelGroup, panelMinimum, panelMaximum
    case panelSeated, panelMembers, panelAlternates, panelReplaces, panelProbabilities, panelProbability, panelOnPanel
    case panelYes, panelSignatures, panelBailiff, panelOrganiser, panelSignatureLine, panelSheetDraw
}
