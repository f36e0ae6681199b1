"""Tests of the Start / Stop / Continue example: python3 -m unittest (in this folder)."""

import json
import os
import subprocess
import sys
import unittest

import start_stop_continue as ssc

HERE = os.path.dirname(os.path.abspath(__file__))
SCRIPT = os.path.join(HERE, "start_stop_continue.py")
RESULT_SCHEMA = os.path.join(HERE, "..", "..", "schema", "method-result-1.schema.json")

try:
    import jsonschema
except ImportError:
    jsonschema = None


def card(id, text, author=None, kind="idea", **fields):
    item = {"id": id, "text": text, "kind": kind, **fields}
    if author:
        item["author"] = author
    return item


def request(items, categories=(), language="en", **parameters):
    return {
        "version": 1, "method": "start-stop-continue", "language": language,
        "parameters": {"kinds": ["idea"], "proposals": 3, **parameters},
        "step": {"id": "retro", "title": "Retrospective", "parameters": {}, "status": "planned"},
        "workshop": {
            "info": {"title": "Retro", "organisation": "", "place": "", "languages": [language],
                     "timeZone": "Europe/Brussels", "pseudonymise": False},
            "agenda": {"days": []}, "participants": [], "items": list(items), "categories": list(categories),
            "criteria": [], "scores": [], "ballots": [], "results": [], "actions": [],
        },
    }


def entries(result):
    return [(e["group"], e["item"], e["rank"], e["value"], e["flags"], e["members"])
            for e in result["changes"]["results"][0]["entries"]]


class Classification(unittest.TestCase):
    def test_fold_removes_case_accents_and_extra_spaces(self):
        self.assertEqual(ssc.fold("  Arrêter   LES  Réunions "), "arreter les reunions")

    def test_prefixes_in_four_languages_with_french_spacing(self):
        cases = {
            "Start: open data": ("start", "open data"),
            "Arrêter\u00a0: le rapport hebdomadaire": ("stop", "le rapport hebdomadaire"),
            "doorgaan: de koffie": ("continue", "de koffie"),
            "Aufhören: Doppelarbeit": ("stop", "Doppelarbeit"),
        }
        for text, expected in cases.items():
            self.assertEqual(ssc.classify(card("i", text), {}), expected, text)

    def test_category_decides_before_prefix_and_the_prefix_is_dropped(self):
        categories = {"c1": {"id": "c1", "name": "Continuer"}}
        self.assertEqual(ssc.classify(card("i", "Stop: les pauses", category="c1"), categories),
                         ("continue", "les pauses"))

    def test_a_card_without_group_is_not_classified(self):
        self.assertIsNone(ssc.classify(card("i", "Note: lunch at noon"), {}))
        self.assertIsNone(ssc.classify(card("i", "Stop the weekly report"), {}))

    def test_competition_ranks_share_ties(self):
        self.assertEqual(ssc.competition_ranks([3, 2, 2, 1]), [1, 2, 2, 4])


class Retrospective(unittest.TestCase):
    def test_groups_identical_cards_and_counts_people_once(self):
        result = ssc.retrospective(request([
            card("i1", "Start: stand-up meetings", "p1"),
            card("i2", "start:  Stand-up  meetings", "p2"),
            card("i3", "Start: stand-up meetings", "p1"),
            card("i4", "Stop: the weekly report"),
            card("i5", "Stop: the weekly report"),
            card("i6", "Continue: « café » 🍵", "p3"),
        ], proposals=0))
        self.assertEqual(entries(result), [
            ("start", "i1", 1, 2, [], ["i2", "i3"]),
            ("stop", "i4", 1, 2, [], ["i5"]),
            ("continue", "i6", 1, 1, [], []),
        ])
        step = result["changes"]["results"][0]
        self.assertEqual(step["metrics"], {"cards": 6, "left_out": 0, "proposals": 0, "start": 1, "stop": 1, "continue": 1})
        self.assertEqual(result["summary"], "6 cards: 1 to start, 1 to stop, 1 to continue.")
        self.assertNotIn("items", result["changes"])

    def test_duplicates_count_for_the_card_they_repeat(self):
        result = ssc.retrospective(request([
            card("i1", "Stop: double data entry", "p1"),
            card("i2", "Stop: typing things twice", "p2", duplicateOf="i1"),
            card("i3", "Stop: retyping", "p3", duplicateOf="i2"),
        ], proposals=0))
        self.assertEqual(entries(result), [("stop", "i1", 1, 3, [], ["i2", "i3"])])

    def test_best_starts_become_proposals_with_ties_at_the_cut_off(self):
        result = ssc.retrospective(request([
            card("i1", "Start: open data", "p1"), card("i2", "Start: open data", "p2"),
            card("i3", "Start: a shared agenda", "p1"),
            card("i4", "Start: plain language letters", "p2"),
            card("i5", "Start: Friday demos", "p3"),
        ], proposals=2))
        self.assertEqual(entries(result), [
            ("start", "i1", 1, 2, ["selected"], ["i2"]),
            ("start", "i3", 2, 1, ["tie", "selected"], []),
            ("start", "i4", 2, 1, ["tie", "selected"], []),
            ("start", "i5", 2, 1, ["tie", "selected"], []),
        ])
        upserted = result["changes"]["items"]["upsert"]
        self.assertEqual([(p["id"], p["text"], p["kind"], p["buildsOn"], p["step"]) for p in upserted], [
            ("proposal-i1", "open data", "proposal", "i1", "retro"),
            ("proposal-i3", "a shared agenda", "proposal", "i3", "retro"),
            ("proposal-i4", "plain language letters", "proposal", "i4", "retro"),
            ("proposal-i5", "Friday demos", "proposal", "i5", "retro"),
        ])
        self.assertIn("4 proposals made from the best-supported starts.", result["summary"])
        self.assertEqual(result["changes"]["results"][0]["notes"], ["No card says what to stop.", "No card says what to continue."])

    def test_running_again_replaces_its_proposals_and_removes_stale_ones(self):
        result = ssc.retrospective(request([
            card("i1", "Start: open data", "p1"),
            card("i2", "Start: Friday demos", "p2"),
            card("proposal-i1", "open data", kind="proposal", buildsOn="i1", step="retro"),
            card("proposal-i2", "Friday demos", kind="proposal", buildsOn="i2", step="retro"),
            card("proposal-x", "Kept: another step's proposal", kind="proposal", buildsOn="i2", step="other"),
        ], proposals=1))
        self.assertEqual([p["id"] for p in result["changes"]["items"]["upsert"]], ["proposal-i1", "proposal-i2"])
        self.assertEqual(result["changes"]["items"]["remove"], [])
        result = ssc.retrospective(request([
            card("i1", "Start: open data", "p1"), card("i3", "Start: open data", "p3"),
            card("i2", "Start: Friday demos", "p2"),
            card("proposal-i1", "open data", kind="proposal", buildsOn="i1", step="retro"),
            card("proposal-i2", "Friday demos", kind="proposal", buildsOn="i2", step="retro"),
        ], proposals=1))
        self.assertEqual([p["id"] for p in result["changes"]["items"]["upsert"]], ["proposal-i1"])
        self.assertEqual(result["changes"]["items"]["remove"], ["proposal-i2"])

    def test_a_proposal_id_taken_by_another_card_gets_a_number(self):
        result = ssc.retrospective(request([
            card("i1", "Start: open data", "p1"),
            card("proposal-i1", "Unrelated", kind="challenge"),
        ], proposals=1))
        self.assertEqual(result["changes"]["items"]["upsert"][0]["id"], "proposal-i1-2")

    def test_only_the_chosen_kinds_count_and_others_are_noted(self):
        result = ssc.retrospective(request([
            card("i1", "Start: open data", "p1"),
            card("i2", "Stop: silos", "p1", kind="weakness"),
            card("i3", "Lunch was good", "p2"),
        ], proposals=0))
        self.assertEqual([e[1] for e in entries(result)], ["i1"])
        self.assertIn("1 card is neither start, stop nor continue and was left out: i3.",
                      result["changes"]["results"][0]["notes"])
        result = ssc.retrospective(request([card("i2", "Stop: silos", "p1", kind="weakness")], kinds=["weakness"]))
        self.assertEqual([e[1] for e in entries(result)], ["i2"])

    def test_summary_in_the_request_language(self):
        items = [card("i1", "Commencer : les données ouvertes", "p1"), card("i2", "Arrêter : les silos", "p2")]
        result = ssc.retrospective(request(items, language="fr", proposals=1))
        self.assertEqual(result["summary"], "2 cartes : 1 à commencer, 1 à arrêter, 0 à continuer. "
                                            "1 proposition tirée du « commencer » le plus soutenu.")
        result = ssc.retrospective(request(items, language="de", proposals=0))
        self.assertEqual(result["summary"], "2 Karten: 1 zum Anfangen, 1 zum Aufhören, 0 zum Weitermachen.")

    def test_refusals_name_the_card_or_parameter(self):
        cases = [
            ([card("i1", "Lunch")], {}, "no card is marked start, stop or continue"),
            ([card("i1", "Stop: x"), card("i2", "Stop: y", duplicateOf="i9")], {},
             "card 'i2' is marked as a duplicate of 'i9', which is not a card of this workshop"),
            ([card("i1", "Stop: x", duplicateOf="i2"), card("i2", "Stop: y", duplicateOf="i1")], {},
             "cards 'i1', 'i2' are marked as duplicates of one another in a loop"),
            ([card("i1", "Stop: x")], {"kinds": ["ideas"]}, "parameter 'kinds': 'ideas' is not a kind of card"),
        ]
        for items, parameters, message in cases:
            with self.assertRaises(ssc.Refusal) as raised:
                ssc.retrospective(request(items, **parameters))
            self.assertIn(message, str(raised.exception))


class Protocol(unittest.TestCase):
    def run_script(self, payload):
        return subprocess.run([sys.executable, SCRIPT], input=payload, capture_output=True, env={}, timeout=60)

    def test_prints_one_result_and_exits_0(self):
        done = self.run_script(json.dumps(request([card("i1", "Commencer : le café « du matin »", "p1")])).encode())
        self.assertEqual(done.returncode, 0, done.stderr)
        result = json.loads(done.stdout)
        self.assertEqual(result["version"], 1)
        self.assertEqual(entries(result), [("start", "i1", 1, 1, ["selected"], [])])
        self.assertIn("« du matin »".encode(), done.stdout)

    def test_refuses_with_status_65_and_a_reason(self):
        done = self.run_script(json.dumps(request([card("i1", "Lunch")])).encode())
        self.assertEqual(done.returncode, ssc.REFUSAL_STATUS)
        self.assertEqual(done.stdout, b"")
        self.assertIn(b"no card is marked start, stop or continue", done.stderr)

    def test_an_unknown_protocol_version_is_a_protocol_error(self):
        payload = request([card("i1", "Stop: x")])
        payload["version"] = 2
        done = self.run_script(json.dumps(payload).encode())
        self.assertEqual(done.returncode, ssc.PROTOCOL_ERROR_STATUS)
        self.assertIn(b"protocol version 1, not 2", done.stderr)

    @unittest.skipIf(jsonschema is None, "the jsonschema package is not installed")
    def test_result_follows_the_published_schema(self):
        with open(RESULT_SCHEMA, encoding="utf-8") as file:
            schema = json.load(file)
        result = ssc.retrospective(request([
            card("i1", "Start: open data", "p1"), card("i2", "Stop: silos"), card("i3", "Lunch"),
        ]))
        jsonschema.Draft202012Validator(schema).validate(result)


if __name__ == "__main__":
    unittest.main()
