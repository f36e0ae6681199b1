import ActionPlanMethod
import AtelierKit
import BrainwritingMethod
import DotVotingMethod
import PrioritisationMatrixMethod
import SWOTMethod
import TeamsMethod

/// The method modules compiled into `atelier`. The registry's manifests refer to them by module name.
enum BuiltinMethods {
    static let all: [any WorkshopMethod] = [
        SWOT(),
        Brainwriting(),
        PrioritisationMatrix(),
        DotVoting(),
        ActionPlan(),
        Teams(),
    ]
}
