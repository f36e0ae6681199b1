#!/usr/bin/env python3
"""Start / Stop / Continue retrospective: an external method of Atelier.

Reads a method request (JSON, protocol version 1) on standard input and writes a method result on
standard output. Cards go into three groups: what to start doing, what to stop, what to continue.
A card belongs to a group when its category is called start, stop or continue (in English, French,
Dutch or German), or when its text begins with such a word and a colon ("Stop: the weekly report").
Identical cards in a group are counted together, as are cards marked as duplicates of one another;
an entry's support is the number of people behind it (each anonymous card counts as one person).
The best-supported "start" entries can become proposal cards for the next steps.

Standard library only. Exit status 0 with a result, 65 when the workshop gives nothing to work on
(the reason on standard error), 2 for a request this script does not understand.
"""

import json
import sys
import unicodedata

PROTOCOL_VERSION = 1
REFUSAL_STATUS = 65
PROTOCOL_ERROR_STATUS = 2
GROUPS = ("start", "stop", "continue")
ITEM_KINDS = ("vision", "strength", "weakness", "opportunity", "threat", "challenge", "idea", "proposal")

# Words that name a group, folded (lower case, no accents), in the four working languages.
KEYWORDS = {
    "start": "start", "starten": "start", "commencer": "start", "beginnen": "start", "anfangen": "start",
    "stop": "stop", "stopper": "stop", "arreter": "stop", "stoppen": "stop", "aufhoren": "stop",
    "continue": "continue", "continuer": "continue", "doorgaan": "continue", "blijven": "continue",
    "weitermachen": "continue", "beibehalten": "continue",
}

# Texts for the facilitator; each counted text is a pair (one, several).
TEXTS = {
    "en": {
        "summary": ("{cards} card: {start} to start, {stop} to stop, {continue} to continue.",
                    "{cards} cards: {start} to start, {stop} to stop, {continue} to continue."),
        "proposals": (" 1 proposal made from the best-supported start.",
                      " {count} proposals made from the best-supported starts."),
        "left_out": ("1 card is neither start, stop nor continue and was left out: {ids}.",
                     "{count} cards are neither start, stop nor continue and were left out: {ids}."),
        "empty": "No card says what to {group}.",
        "groups": {"start": "start", "stop": "stop", "continue": "continue"},
    },
    "fr": {
        "summary": ("{cards} carte : {start} à commencer, {stop} à arrêter, {continue} à continuer.",
                    "{cards} cartes : {start} à commencer, {stop} à arrêter, {continue} à continuer."),
        "proposals": (" 1 proposition tirée du « commencer » le plus soutenu.",
                      " {count} propositions tirées des « commencer » les plus soutenus."),
        "left_out": ("1 carte ne dit ni commencer, ni arrêter, ni continuer et a été laissée de côté : {ids}.",
                     "{count} cartes ne disent ni commencer, ni arrêter, ni continuer et ont été laissées de côté : {ids}."),
        "empty": "Aucune carte ne dit ce qu’il faut {group}.",
        "groups": {"start": "commencer", "stop": "arrêter", "continue": "continuer"},
    },
    "nl": {
        "summary": ("{cards} kaart: {start} om te starten, {stop} om te stoppen, {continue} om mee door te gaan.",
                    "{cards} kaarten: {start} om te starten, {stop} om te stoppen, {continue} om mee door te gaan."),
        "proposals": (" 1 voorstel gemaakt van de meest gesteunde start.",
                      " {count} voorstellen gemaakt van de meest gesteunde starts."),
        "left_out": ("1 kaart zegt geen starten, stoppen of doorgaan en is weggelaten: {ids}.",
                     "{count} kaarten zeggen geen starten, stoppen of doorgaan en zijn weggelaten: {ids}."),
        "empty": "Geen enkele kaart zegt wat te {group}.",
        "groups": {"start": "starten", "stop": "stoppen", "continue": "doorgaan"},
    },
    "de": {
        "summary": ("{cards} Karte: {start} zum Anfangen, {stop} zum Aufhören, {continue} zum Weitermachen.",
                    "{cards} Karten: {start} zum Anfangen, {stop} zum Aufhören, {continue} zum Weitermachen."),
        "proposals": (" 1 Vorschlag aus dem meistunterstützten Anfang erstellt.",
                      " {count} Vorschläge aus den meistunterstützten Anfängen erstellt."),
        "left_out": ("1 Karte sagt weder anfangen, aufhören noch weitermachen und wurde weggelassen: {ids}.",
                     "{count} Karten sagen weder anfangen, aufhören noch weitermachen und wurden weggelassen: {ids}."),
        "empty": "Keine Karte sagt, was {group} ist.",
        "groups": {"start": "anzufangen", "stop": "aufzuhören", "continue": "weiterzumachen"},
    },
}


def counted(pair, count, **values):
    """The singular or plural text of a pair, filled in."""
    return pair[0 if count == 1 else 1].format(count=count, **values)


class Refusal(Exception):
    """The workshop does not allow the method to run; the message is for the facilitator."""


def fold(text):
    """Lower case without accents and with single spaces: how cards are compared."""
    decomposed = unicodedata.normalize("NFKD", text)
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(bare.casefold().split())


def group_of_word(word):
    """The group a word names ("Arrêter" -> "stop"), or None."""
    return KEYWORDS.get(fold(word))


def classify(item, categories):
    """The group of a card and its text without a group prefix, or None when it has no group.

    The category decides first; otherwise a prefix such as "Start:" or "Arrêter :" does.
    """
    text = item["text"]
    prefix_group = None
    head, colon, rest = text.partition(":")
    if colon and group_of_word(head):
        prefix_group = group_of_word(head)
        text = rest.strip()
    category = categories.get(item.get("category"))
    if category is not None:
        for name in (category["id"], category["name"]):
            if group_of_word(name):
                return group_of_word(name), text
    if prefix_group:
        return prefix_group, text
    return None


def competition_ranks(values):
    """1-based ranks for values sorted from best to worst; ties share a rank (1, 2, 2, 4)."""
    ranks = []
    for index, value in enumerate(values):
        ranks.append(ranks[-1] if index and value == values[index - 1] else index + 1)
    return ranks


def main_card(item_id, items, seen=()):
    """Follows duplicateOf links to the card a duplicate was merged into."""
    item = items[item_id]
    target = item.get("duplicateOf")
    if target is None:
        return item_id
    if target not in items:
        raise Refusal(f"card '{item_id}' is marked as a duplicate of '{target}', which is not a card of this workshop")
    if target in seen or target == item_id:
        loop = sorted(seen[seen.index(target):] + (item_id,)) if target in seen else [item_id]
        raise Refusal("cards " + ", ".join(f"'{card}'" for card in loop)
                      + " are marked as duplicates of one another in a loop; unmark one of them")
    return main_card(target, items, seen + (item_id,))


def parameters(request):
    """The parameters this method declares, checked beyond what the host checks."""
    given = request.get("parameters", {})
    kinds = given.get("kinds", ["idea"])
    for kind in kinds:
        if kind not in ITEM_KINDS:
            raise Refusal(f"parameter 'kinds': '{kind}' is not a kind of card (choose among {', '.join(ITEM_KINDS)})")
    return set(kinds), int(given.get("proposals", 3))


def retrospective(request):
    """The method result for a request (a dictionary as the protocol describes)."""
    if request.get("version") != PROTOCOL_VERSION:
        raise ValueError(f"this script speaks protocol version {PROTOCOL_VERSION}, not {request.get('version')!r}")
    kinds, proposal_count = parameters(request)
    workshop = request["workshop"]
    step = request["step"]["id"]
    language = request["language"] if request["language"] in TEXTS else "en"
    texts = TEXTS[language]
    items = {item["id"]: item for item in workshop["items"]}
    categories = {category["id"]: category for category in workshop["categories"]}

    entries = {group: [] for group in GROUPS}
    entry_by_text = {}  # (group, folded text) -> entry
    entry_by_card = {}  # card id -> entry
    left_out = []
    cards = [item for item in workshop["items"] if item["kind"] in kinds]
    for item in cards:
        if item.get("duplicateOf") is not None:
            continue
        found = classify(item, categories)
        if found is None:
            left_out.append(item["id"])
            continue
        group, text = found
        key = (group, fold(text))
        entry = entry_by_text.get(key)
        if entry is None:
            entry = {"group": group, "item": item["id"], "text": text, "cards": []}
            entries[group].append(entry)
            entry_by_text[key] = entry
        entry["cards"].append(item)
        entry_by_card[item["id"]] = entry
    for item in cards:
        if item.get("duplicateOf") is None:
            continue
        entry = entry_by_card.get(main_card(item["id"], items))
        if entry is not None:
            entry["cards"].append(item)
        elif item["id"] not in left_out:
            left_out.append(item["id"])

    classified = sum(len(entry["cards"]) for group in GROUPS for entry in entries[group])
    if classified == 0:
        raise Refusal(
            "no card is marked start, stop or continue: give the cards the category start, stop or continue, "
            "or begin their text with 'Start:', 'Stop:' or 'Continue:' (or Commencer, Arrêter, Continuer)")

    result_entries = []
    proposals = []
    for group in GROUPS:
        for entry in entries[group]:
            people = {card.get("author") or "card:" + card["id"] for card in entry["cards"]}
            entry["support"] = len(people)
        ordered = sorted(entries[group], key=lambda entry: -entry["support"])
        ranks = competition_ranks([entry["support"] for entry in ordered])
        for rank, entry in zip(ranks, ordered):
            flags = ["tie"] if ranks.count(rank) > 1 else []
            if group == "start" and rank <= proposal_count:
                flags.append("selected")
                proposals.append(entry)
            result_entries.append({
                "item": entry["item"],
                "rank": rank,
                "value": entry["support"],
                "values": {"cards": len(entry["cards"]), "support": entry["support"]},
                "group": group,
                "flags": flags,
                "members": [card["id"] for card in entry["cards"] if card["id"] != entry["item"]],
            })

    proposal_items = [proposal_item(entry, step, items) for entry in proposals]
    kept = {proposal["id"] for proposal in proposal_items}
    stale = [item["id"] for item in workshop["items"]
             if item["kind"] == "proposal" and item.get("step") == step and item.get("buildsOn") in entry_by_card
             and item["id"] not in kept]

    counts = {group: len(entries[group]) for group in GROUPS}
    summary = counted(texts["summary"], classified, cards=classified, **counts)
    if proposal_items:
        summary += counted(texts["proposals"], len(proposal_items))
    notes = [texts["empty"].format(group=texts["groups"][group]) for group in GROUPS if not entries[group]]
    if left_out:
        shown = ", ".join(left_out[:10]) + (", …" if len(left_out) > 10 else "")
        notes.append(counted(texts["left_out"], len(left_out), ids=shown))
    metrics = {"cards": classified, "left_out": len(left_out), "proposals": len(proposal_items), **counts}

    changes = {"results": [{
        "step": step, "method": request["method"], "summary": summary, "entries": result_entries,
        "metrics": metrics, "notes": notes,
    }]}
    if proposal_items or stale:
        changes["items"] = {"upsert": proposal_items, "remove": stale}
    return {"version": PROTOCOL_VERSION, "changes": changes, "summary": summary}


def proposal_item(entry, step, items):
    """A proposal card built on an entry's card; running the step again replaces it rather than adding one."""
    base = "proposal-" + entry["item"]
    candidate, number = base, 1
    while candidate in items and not (items[candidate]["kind"] == "proposal"
                                      and items[candidate].get("buildsOn") == entry["item"]):
        number += 1
        candidate = f"{base}-{number}"
    return {"id": candidate, "text": entry["text"], "kind": "proposal", "buildsOn": entry["item"], "step": step}


def main():
    try:
        request = json.loads(sys.stdin.buffer.read())
        result = retrospective(request)
    except Refusal as refusal:
        print(refusal, file=sys.stderr)
        return REFUSAL_STATUS
    except (ValueError, KeyError, TypeError) as error:
        print(f"start-stop-continue: cannot read the request: {error!r}", file=sys.stderr)
        return PROTOCOL_ERROR_STATUS
    sys.stdout.buffer.write(json.dumps(result, ensure_ascii=False, sort_keys=True).encode("utf-8") + b"\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
