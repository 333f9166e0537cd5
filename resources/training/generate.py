#!/usr/bin/env python3
"""Generates resources/training/contrastive.jsonl from the templates below.

Written for Upstander (issue 4, item 3). Deterministic: no randomness, so re-running gives a
byte-identical file. Each template yields minimal pairs that share a pair_id: a hateful
statement and harmless look-alikes (its negation, a counter-speech reply quoting it, a report of
it, a respectful or neutral description, a non-violent verb in the same frame).

Usage: python3 resources/training/generate.py > resources/training/contrastive.jsonl
"""
import json
import sys

# (plural, singular noun phrase, taxonomy target id)
GROUPS = [
    ("Muslims", "Muslim", "TG.RELIGION.MUSLIM"),
    ("Jews", "Jewish person", "TG.RELIGION.JEWISH"),
    ("Sikhs", "Sikh", "TG.RELIGION.SIKH"),
    ("Hindus", "Hindu", "TG.RELIGION.HINDU"),
    ("black people", "black person", "TG.RACE.BLACK"),
    ("Asians", "Asian person", "TG.RACE.ASIAN"),
    ("Pakistanis", "Pakistani", "TG.RACE.SOUTH_ASIAN"),
    ("Chinese people", "Chinese person", "TG.RACE.EAST_ASIAN"),
    ("Travellers", "Traveller", "TG.RACE.GYPSY_ROMA_TRAVELLER"),
    ("Roma", "Roma person", "TG.RACE.GYPSY_ROMA_TRAVELLER"),
    ("Arabs", "Arab", "TG.RACE.ARAB"),
    ("Polish people", "Polish person", "TG.RACE.EASTERN_EUROPEAN"),
    ("Romanians", "Romanian", "TG.RACE.EASTERN_EUROPEAN"),
    ("gay men", "gay man", "TG.SEXUAL_ORIENTATION.GAY"),
    ("lesbians", "lesbian", "TG.SEXUAL_ORIENTATION.LESBIAN"),
    ("bisexual people", "bisexual person", "TG.SEXUAL_ORIENTATION.BISEXUAL"),
    ("trans women", "trans woman", "TG.TRANSGENDER.TRANS_WOMEN"),
    ("trans people", "trans person", "TG.TRANSGENDER"),
    ("non-binary people", "non-binary person", "TG.TRANSGENDER.NON_BINARY"),
    ("women", "woman", "TG.SEX_GENDER.WOMEN"),
    ("disabled people", "disabled person", "TG.DISABILITY"),
    ("autistic people", "autistic person", "TG.DISABILITY.NEURODIVERGENT"),
    ("immigrants", "immigrant", "TG.MIGRATION_STATUS.MIGRANT"),
    ("refugees", "refugee", "TG.MIGRATION_STATUS.REFUGEE"),
    ("asylum seekers", "asylum seeker", "TG.MIGRATION_STATUS.ASYLUM_SEEKER"),
]

# Derogatory attributes and the harmless attribute that replaces them in the same frame.
ATTRIBUTES = [
    ("lazy", "hard-working"),
    ("dirty", "clean and tidy"),
    ("stupid", "clever"),
    ("criminals", "neighbours"),
    ("a danger to our children", "great with our children"),
    ("dishonest", "honest"),
    ("a burden on society", "a part of society"),
    ("violent by nature", "peaceful by nature"),
]

DEHUMANISING = ["vermin", "rats", "cockroaches", "animals", "a disease", "parasites", "subhuman"]

# Harmful act vs harmless act in the same frame.
ACTS = [
    ("shot", "welcomed"),
    ("hanged", "helped"),
    ("burned out of their homes", "housed"),
    ("beaten up", "supported"),
    ("wiped out", "protected"),
]

IMPLICIT = [
    ("{G} ruin every neighbourhood they move into", "{G} make every neighbourhood they move into better"),
    ("I would never let {G} near my kids", "I would happily let {G} look after my kids"),
    ("You can always tell when {G} have been somewhere, it stinks", "You can always tell when {G} have been somewhere, the food is amazing"),
    ("{G} only come here to take what is ours", "{G} come here and give so much to this country"),
    ("Funny how wherever {G} go, crime follows", "Funny how wherever {G} go, great restaurants follow"),
    ("{G} should know their place", "{G} belong everywhere"),
    ("Another day, another mess made by {G}", "Another day, another charity drive run by {G}"),
    ("Why do {G} always have to play the victim?", "Why do people keep blaming {G} for everything?"),
]

EXCLUSION = [
    ("{G} should go back to where they came from", "Telling {G} to go back to where they came from is disgusting"),
    ("Ban {G} from this country", "Nobody should be banned from this country for being one of the {G}"),
    ("{G} should not be allowed to vote", "{G} have every right to vote"),
    ("Keep {G} out of our schools", "Our schools are better with {G} in them"),
]

REPORT_FRAMES = [
    "Someone wrote \"{q}\" on my timeline and I have reported it.",
    "A man on the bus shouted \"{q}\" at my sister. Please share so he is found.",
    "\"{q}\" is exactly the kind of hate we need to call out.",
    "If you see a post saying \"{q}\", report it. That is hate speech.",
    "Stop saying \"{q}\". It is bigotry, plain and simple.",
]

NEUTRAL = [
    "My neighbours are {G} and they helped me move house.",
    "I am proud to stand with {G}.",
    "The new report looks at how many {G} live in Birmingham.",
    "{G} deserve the same respect as everyone else.",
    "Our football team has {G} and nobody cares, as it should be.",
    "Happy to see more {G} on the local council.",
]

# Violent words in harmless, non-group contexts (look-alikes for threats).
LOOKALIKES = [
    ("I am going to kill them all", "I am going to kill this workout"),
    ("They should all be shot", "They should all be shot for the team photo at noon"),
    ("I will destroy every last one of them", "I will destroy every last one of these cupcakes"),
    ("Burn them all", "Burn the old files before you move"),
]


# --- Families added for detection v1.3 (helper G, issue 4). Same rules: our own wording, written
# without reading testdata/functional/; each hateful line has harmless look-alikes in its family.

# Neutral questions about a group (harmless) and questions that carry contempt (hateful).
QUESTIONS = [
    ("Why are {G} so filthy?", "Why are {G} so often the target of abuse online?"),
    ("Why do {G} always lie?", "Why do {G} get asked to prove their loyalty so often?"),
    ("Do {G} even know how to work?", "Do {G} need a visa to work here?"),
    ("Why should {G} get anything from our taxes?", "Which benefits can {G} claim after a year here?"),
    ("Is there anything lower than {G}?", "Is there a support group for {G} in Sheffield?"),
    ("Why do we let {G} breed like this?", "Why do we let landlords turn {G} away?"),
    ("How much longer do we have to put up with {G}?", "How long have {G} lived in this part of Leeds?"),
    ("Who actually wants {G} living next to them?", "Who is organising the fundraiser for {G} this year?"),
]

# Historical and news facts in which a group suffered (harmless) vs gloating over it (hateful).
HISTORY = [
    ("Shame the attack didn't get more {G}", "Several {G} were hurt in the attack and the police are appealing for witnesses"),
    ("{G} got exactly what they deserved back then", "{G} were persecuted for centuries and many were murdered"),
    ("Good riddance to the {G} who died in that fire", "We remember the {G} who died in that fire"),
]

# A group's dignity affirmed (harmless) vs denied (hateful), including negated positives.
AFFIRM = [
    ("{G} will never be equal to the rest of us", "{G} are equal to the rest of us"),
    ("No {gs} deserves a home in this country", "Every {gs} deserves a safe home"),
    ("I don't think {G} are fully human", "I think {G} are as human as anyone"),
    ("{G} aren't worth the money we waste on them", "{G} are worth every penny we invest in services"),
    ("Not one {gs} can be trusted", "Most {G} I know are very trustworthy"),
    ("{G} are not normal and never will be", "{G} are perfectly normal people"),
    ("{G} don't deserve basic rights", "{G} deserve equal rights and equal access"),
]

# What a group suffers, or wants changed: negations and "deserve" that deny the group nothing.
AFFIRM_ONLY = [
    "{G} don't deserve this abuse",
    "{G} will not be equal until the law changes",
    "{G} are still not paid the same for the same work",
    "No {gs} should have to hide who they are",
    "{G} are {G}, and that is the end of it",
    "{G} were killed in the pogroms and we must never forget",
    "Can {G} register with a GP without an address?",
    "Are {G} allowed to vote in local elections?",
]

# A group named in one sentence, attacked by a pronoun in the next (hateful); the same frame
# with praise, sympathy or an attack on those who harass them (harmless).
REFERENCE = [
    ("{G} have moved into the house opposite. They are disgusting.",
     "{G} have moved into the house opposite. They are lovely."),
    ("My manager hired two {G}. I can't stand them.",
     "My manager hired two {G}. I get on well with them."),
    ("There are {G} at the school gates now. They make my skin crawl.",
     "There are {G} at the school gates now. Someone keeps shouting at them."),
    ("Our street is full of {G} these days. They ruin everything they touch.",
     "Our street is full of {G} these days. They have made it a friendlier place."),
    ("{G} run the corner shop. Wouldn't trust them as far as I could throw them.",
     "{G} run the corner shop. They always ask after my mum."),
]

# Insinuation and stereotype with no hostile word (hateful) vs the same frame made harmless.
INSINUATION = [
    ("Hide your wallet, there are {G} on the train", "Mind your wallet, there are pickpockets on the train"),
    ("Crime went up the year {G} arrived. Just saying.", "Volunteering went up the year {G} arrived. Just saying."),
    ("Another robbery in town. Let me guess, {G} again?", "Another award for the town. Let me guess, {G} again?"),
    ("{G} and benefit fraud, name a better pair", "{G} and great cooking, name a better pair"),
    ("Not surprised it was {G}. It always is.", "Not surprised it was {G} who raised the most. They always do."),
    ("{G} have a way of making a nice street go downhill", "{G} have a way of making a new street feel like home"),
]


# Harmless posts that the public sets' vocabulary makes look hostile: a group as victims, a
# group affirmed, practical questions, welcomes, and aims not yet met.
HARMLESS_LOOKALIKES = [
    "Many {G} were murdered during the war and their families still grieve",
    "{G} were attacked outside the station last night, police say",
    "Thousands of {G} were deported and never came home",
    "{G} are people too, with jobs and kids and bills",
    "{G} are part of this town and always have been",
    "{G} are as British as anyone else on this street",
    "Are {G} allowed to open a bank account here?",
    "Can {G} get married in a registry office?",
    "How many {G} were stopped and searched last year?",
    "The next {gs} who comes into the cafe gets a free coffee from me",
    "Any {gs} who needs a lift to the hospital can message me",
    "{G} won't be safe until the police take these attacks seriously",
    "{G} will never be treated fairly while this government is in charge",
    "{G} were killed in their thousands and the world looked away",
    "So many {G} were killed that whole villages vanished",
    "{G} are {G}. Full stop.",
    "{G} are welcome at our table, any time",
    "Is it legal for {G} to work while their claim is processed?",
    "The next {gs} I meet at the library gets a warm hello from me",
    "{G} will only be equal when the pay gap is gone",
]

# Insinuation, contempt and pronoun reference in more frames (hateful), each with a harmless
# twin in the same words as far as possible.
MORE_IMPLICIT = [
    ("The moment {G} move in, house prices drop. Coincidence?", "The moment {G} move in, the street gets a new bakery. Coincidence?"),
    ("I'd cross the road before I walked past a group of {G}", "I'd cross the road to say hello to a group of {G}"),
    ("{G} having kids should be a crime", "{G} having kids is nobody else's business"),
    ("{G} in charge of anything is a recipe for disaster", "{G} in charge of the project did a great job"),
    ("Keep an eye on your kids when {G} are around", "Keep an eye out for the {G} festival this weekend"),
    ("{G}. They're all the same, every last one of them.", "{G}. They're all different, like any other people."),
]


def row(text, label, category, target, pair, source):
    return {
        "text": text,
        "label": label,
        "category": category,
        "target": target,
        "pair_id": pair,
        "source": source,
    }


def cap(s):
    return s[:1].upper() + s[1:]


def main():
    out = []
    for gi, (g, gs, tid) in enumerate(GROUPS):
        for ai, (bad, good) in enumerate(ATTRIBUTES):
            pair = f"attr-{gi}-{ai}"
            src = "template:attribute"
            hate = f"{cap(g)} are {bad}"
            out.append(row(hate, 1, "HATE.DEROGATION", tid, pair, src))
            out.append(row(f"{cap(g)} are not {bad}", 0, None, tid, pair, src))
            out.append(row(f"{cap(g)} are {good}", 0, None, tid, pair, src))
            frame = REPORT_FRAMES[(gi + ai) % len(REPORT_FRAMES)]
            out.append(row(frame.format(q=hate), 0, None, tid, pair, src))
            out.append(row(f"It is a lie that {g} are {bad}.", 0, None, tid, pair, src))
        for di, word in enumerate(DEHUMANISING):
            pair = f"dehum-{gi}-{di}"
            src = "template:dehumanisation"
            out.append(row(f"{cap(g)} are {word}", 1, "HATE.DEHUMANISATION", tid, pair, src))
            out.append(row(f"Calling {g} {word} is dehumanising and wrong", 0, None, tid, pair, src))
            out.append(row(f"{cap(g)} are not {word}, they are people like us", 0, None, tid, pair, src))
            if di % 2 == 0:
                out.append(row(f"Every {gs} I know is a {word} and should be treated like one", 1, "HATE.DEHUMANISATION", tid, pair, src))
        for xi, (harm, help_) in enumerate(ACTS):
            pair = f"threat-{gi}-{xi}"
            src = "template:threat"
            hate = f"{cap(g)} should be {harm}"
            out.append(row(hate, 1, "HATE.THREAT", tid, pair, src))
            out.append(row(f"{cap(g)} should be {help_}", 0, None, tid, pair, src))
            out.append(row(f"Nobody should ever say {g} should be {harm}", 0, None, tid, pair, src))
            out.append(row(f"I will make sure every {gs} round here gets {harm}", 1, "HATE.THREAT", tid, pair, src))
            frame = REPORT_FRAMES[(gi + xi + 2) % len(REPORT_FRAMES)]
            out.append(row(frame.format(q=hate), 0, None, tid, pair, src))
        for ii, (bad, good) in enumerate(IMPLICIT):
            pair = f"implicit-{gi}-{ii}"
            src = "template:implicit"
            hate = bad.format(G=g)
            out.append(row(cap(hate), 1, "HATE.IMPLICIT_ANIMOSITY", tid, pair, src))
            out.append(row(cap(good.format(G=g)), 0, None, tid, pair, src))
            out.append(row(f"People who say \"{hate}\" should be ashamed of themselves", 0, None, tid, pair, src))
        for ei, (bad, good) in enumerate(EXCLUSION):
            pair = f"exclusion-{gi}-{ei}"
            src = "template:exclusion"
            out.append(row(cap(bad.format(G=g)), 1, "HATE.EXCLUSION_CALL", tid, pair, src))
            out.append(row(cap(good.format(G=g)), 0, None, tid, pair, src))
        for ni, frame in enumerate(NEUTRAL):
            pair = f"neutral-{gi}-{ni}"
            out.append(row(cap(frame.format(G=g)), 0, None, tid, pair, "template:neutral"))
    for gi, (g, gs, tid) in enumerate(GROUPS):
        for qi, (bad, good) in enumerate(QUESTIONS):
            pair = f"question-{gi}-{qi}"
            src = "template:question"
            out.append(row(cap(bad.format(G=g)), 1, "HATE.DEROGATION", tid, pair, src))
            out.append(row(cap(good.format(G=g)), 0, None, tid, pair, src))
        for hi, (bad, good) in enumerate(HISTORY):
            pair = f"history-{gi}-{hi}"
            src = "template:history"
            out.append(row(cap(bad.format(G=g)), 1, "HATE.IMPLICIT_ANIMOSITY", tid, pair, src))
            out.append(row(cap(good.format(G=g)), 0, None, tid, pair, src))
        for ai, (bad, good) in enumerate(AFFIRM):
            pair = f"affirm-{gi}-{ai}"
            src = "template:affirm"
            out.append(row(cap(bad.format(G=g, gs=gs)), 1, "HATE.DEROGATION", tid, pair, src))
            out.append(row(cap(good.format(G=g, gs=gs)), 0, None, tid, pair, src))
        for ai, frame in enumerate(AFFIRM_ONLY):
            pair = f"affirm-only-{gi}-{ai}"
            out.append(row(cap(frame.format(G=g, gs=gs)), 0, None, tid, pair, "template:affirm"))
        for ri, (bad, good) in enumerate(REFERENCE):
            pair = f"reference-{gi}-{ri}"
            src = "template:reference"
            out.append(row(cap(bad.format(G=g)), 1, "HATE.DEROGATION", tid, pair, src))
            out.append(row(cap(good.format(G=g)), 0, None, tid, pair, src))
        for ii, (bad, good) in enumerate(INSINUATION):
            pair = f"insinuation-{gi}-{ii}"
            src = "template:insinuation"
            out.append(row(cap(bad.format(G=g)), 1, "HATE.IMPLICIT_ANIMOSITY", tid, pair, src))
            out.append(row(cap(good.format(G=g)), 0, None, tid, pair, src))
    for gi, (g, gs, tid) in enumerate(GROUPS):
        for hi, frame in enumerate(HARMLESS_LOOKALIKES):
            pair = f"harmless-{gi}-{hi}"
            out.append(row(cap(frame.format(G=g, gs=gs)), 0, None, tid, pair, "template:harmless"))
        for mi, (bad, good) in enumerate(MORE_IMPLICIT):
            pair = f"implicit2-{gi}-{mi}"
            src = "template:implicit2"
            out.append(row(cap(bad.format(G=g)), 1, "HATE.IMPLICIT_ANIMOSITY", tid, pair, src))
            out.append(row(cap(good.format(G=g)), 0, None, tid, pair, src))
    for li, (bad, good) in enumerate(LOOKALIKES):
        for gi, (g, _, tid) in enumerate(GROUPS[:8]):
            pair = f"lookalike-{li}-{gi}"
            out.append(row(f"{cap(g)}? {bad}.", 1, "HATE.THREAT", tid, pair, "template:lookalike"))
            out.append(row(f"{good}.", 0, None, None, pair, "template:lookalike"))
    # Hand-written pairs.
    hand = [
        ("Muslims are a cancer on Britain", 1, "HATE.DEHUMANISATION", "TG.RELIGION.MUSLIM",
         "My Muslim GP caught my cancer early. Grateful to her."),
        ("Jews control the banks and the media", 1, "HATE.DEROGATION", "TG.RELIGION.JEWISH",
         "The claim that Jews control the banks is an old antisemitic lie."),
        ("Gypsies steal everything that isn't nailed down", 1, "HATE.DEROGATION", "TG.RACE.GYPSY_ROMA_TRAVELLER",
         "Saying Gypsies steal is prejudice; my Traveller friends are the most generous people I know."),
        ("Women belong in the kitchen, not in parliament", 1, "HATE.DEROGATION", "TG.SEX_GENDER.WOMEN",
         "Women belong in parliament, in the boardroom and anywhere else they choose."),
        ("Trans women are just men in dresses", 1, "HATE.DEROGATION", "TG.TRANSGENDER.TRANS_WOMEN",
         "Trans women are women, and my friend Sam is one of the kindest I know."),
        ("Disabled people are a waste of NHS money", 1, "HATE.DEROGATION", "TG.DISABILITY",
         "Disabled people pay into the NHS like everyone else."),
        ("Gay people should be locked up", 1, "HATE.THREAT", "TG.SEXUAL_ORIENTATION.GAY",
         "Gay people were once locked up in this country. Never again."),
        ("Refugees are invaders and should be treated as such", 1, "HATE.DEHUMANISATION", "TG.MIGRATION_STATUS.REFUGEE",
         "Refugees are not invaders. They are people fleeing war."),
        ("Hitler had the right idea", 1, "HATE.SUPPORT_HATEFUL_ENTITY", "TG.RELIGION.JEWISH",
         "Anyone who says Hitler had the right idea needs to visit a Holocaust museum."),
        ("The Holocaust never happened", 1, "HATE.SUPPORT_HATEFUL_ENTITY", "TG.RELIGION.JEWISH",
         "My great-grandmother survived the Holocaust and told us everything."),
    ]
    for hi, (bad, label, cat, tid, good) in enumerate(hand):
        pair = f"hand-{hi}"
        out.append(row(bad, label, cat, tid, pair, "hand"))
        out.append(row(good, 0, None, tid, pair, "hand"))
    out.extend(dedupe_new(out, v15_rows()))
    out.extend(dedupe_new(out, breadth_rows()))
    out.extend(dedupe_new(out, dignity_rows()))
    out.extend(dedupe_new(out, everyday_rows()))
    for r in out:
        sys.stdout.write(json.dumps(r, ensure_ascii=False) + "\n")


# ==========================================================================================
# --- Families added for detection v1.5 (issue 4, item 3). Our own wording, written without
# reading testdata/functional/. Every hateful line sits in a pair with harmless twins in the same
# words (negation, praise, counter-speech, a non-protected target, an object). Variety comes from
# a fixed hash (md5 of the pair id), never from a random generator, so output stays byte-stable.

import hashlib
import re

# (plural, singular, taxonomy target id, weight). Weight 2: the plainest forms, used more often.
GROUPS2 = [
    ("women", "woman", "TG.SEX_GENDER.WOMEN", 2),
    ("trans people", "trans person", "TG.TRANSGENDER", 2),
    ("gay people", "gay person", "TG.SEXUAL_ORIENTATION.GAY", 2),
    ("black people", "black person", "TG.RACE.BLACK", 2),
    ("disabled people", "disabled person", "TG.DISABILITY", 2),
    ("Muslims", "Muslim", "TG.RELIGION.MUSLIM", 2),
    ("immigrants", "immigrant", "TG.MIGRATION_STATUS.MIGRANT", 2),
    ("Jewish people", "Jewish person", "TG.RELIGION.JEWISH", 1),
    ("Jews", "Jew", "TG.RELIGION.JEWISH", 1),
    ("Asian people", "Asian person", "TG.RACE.ASIAN", 1),
    ("Chinese people", "Chinese person", "TG.RACE.EAST_ASIAN", 1),
    ("Gypsies", "Gypsy", "TG.RACE.GYPSY_ROMA_TRAVELLER", 1),
    ("Travellers", "Traveller", "TG.RACE.GYPSY_ROMA_TRAVELLER", 1),
    ("refugees", "refugee", "TG.MIGRATION_STATUS.REFUGEE", 1),
    ("lesbians", "lesbian", "TG.SEXUAL_ORIENTATION.LESBIAN", 1),
    ("bisexual people", "bisexual person", "TG.SEXUAL_ORIENTATION.BISEXUAL", 1),
    ("gay men", "gay man", "TG.SEXUAL_ORIENTATION.GAY", 1),
    ("trans women", "trans woman", "TG.TRANSGENDER.TRANS_WOMEN", 1),
    ("trans men", "trans man", "TG.TRANSGENDER.TRANS_MEN", 1),
    ("non-binary people", "non-binary person", "TG.TRANSGENDER.NON_BINARY", 1),
    ("Sikhs", "Sikh", "TG.RELIGION.SIKH", 1),
    ("Hindus", "Hindu", "TG.RELIGION.HINDU", 1),
    ("Pakistanis", "Pakistani", "TG.RACE.SOUTH_ASIAN", 1),
    ("Polish people", "Polish person", "TG.RACE.EASTERN_EUROPEAN", 1),
    ("Arabs", "Arab", "TG.RACE.ARAB", 1),
    ("Roma", "Roma person", "TG.RACE.GYPSY_ROMA_TRAVELLER", 1),
    ("asylum seekers", "asylum seeker", "TG.MIGRATION_STATUS.ASYLUM_SEEKER", 1),
    ("migrants", "migrant", "TG.MIGRATION_STATUS.MIGRANT", 1),
    ("autistic people", "autistic person", "TG.DISABILITY.NEURODIVERGENT", 1),
    ("people with learning disabilities", "person with a learning disability", "TG.DISABILITY.LEARNING", 1),
    ("wheelchair users", "wheelchair user", "TG.DISABILITY.PHYSICAL", 1),
    ("deaf people", "deaf person", "TG.DISABILITY.PHYSICAL", 1),
]

# Non-protected groups (plural, singular): abuse of them is rude but not hate (label 0).
NONPROT = [
    ("politicians", "politician"), ("Tories", "Tory"), ("landlords", "landlord"),
    ("estate agents", "estate agent"), ("referees", "referee"), ("Chelsea fans", "Chelsea fan"),
    ("bankers", "banker"), ("traffic wardens", "traffic warden"), ("cyclists", "cyclist"),
    ("my neighbours", "neighbour"), ("Man United fans", "Man United fan"), ("lawyers", "lawyer"),
    ("journalists", "journalist"), ("influencers", "influencer"), ("tax inspectors", "tax inspector"),
    ("the council", "councillor"), ("telemarketers", "telemarketer"), ("Liverpool fans", "Liverpool fan"),
    ("MPs", "MP"), ("private landlords", "private landlord"),
]

# Derogatory adjectives (usable after "are", "so", "is").
ADJ2 = ["disgusting", "filthy", "stupid", "thick", "lazy", "worthless", "pathetic", "useless",
        "dishonest", "vile", "repulsive", "inferior", "brainless", "backward", "evil", "feral",
        "smelly", "ugly", "primitive", "nasty", "greedy", "sly", "dim", "hopeless"]
# Adjectives that also fit objects and days (for harmless object twins).
OBJ_ADJ = {"disgusting", "filthy", "stupid", "worthless", "pathetic", "useless", "vile",
           "hopeless", "nasty", "ugly", "smelly", "evil", "backward", "primitive"}
# Derogatory noun phrases after "are".
NOUNP = ["a plague on this country", "a disgrace", "a waste of space", "a drain on everyone",
         "liars, all of them", "thieves", "a joke", "a blight on this town", "a burden",
         "nothing but trouble"]
# Dehumanising nouns (plural use, singular use, literal animal or thing?).
DEHUM2 = [
    ("vermin", "vermin", True), ("rats", "a rat", True), ("cockroaches", "a cockroach", True),
    ("parasites", "a parasite", False), ("animals", "an animal", False), ("savages", "a savage", False),
    ("a cancer", "a cancer", False), ("a disease", "a disease", False), ("pests", "a pest", True),
    ("filth", "filth", False), ("trash", "trash", False), ("scum", "scum", False),
    ("subhuman", "subhuman", False), ("a virus", "a virus", False), ("a plague", "a plague", False),
    ("leeches", "a leech", True), ("insects", "an insect", True), ("beasts", "a beast", False),
    ("a swarm", "a swarm", False), ("rodents", "a rodent", True), ("maggots", "a maggot", True),
    ("lice", "a louse", True), ("apes", "an ape", False), ("garbage", "garbage", False),
]
POSITIVE = ["lovely", "brilliant", "kind", "hard-working", "funny", "clever", "generous",
            "great neighbours", "welcome here", "wonderful", "decent people", "a joy to be around"]

# Emotion: (hateful, negated twin, counter-speech twin). The negated and counter twins are
# harmless; the hateful line is also re-used with a non-protected target (harmless).
EMOTION = [
    ("I hate {G}", "I don't hate {G}", "I hate how {G} get treated in this country"),
    ("I despise {G}", "I don't despise {G}, I never have", "I despise people who harass {G}"),
    ("I detest {G}", "I do not detest {G}", "I detest the way the papers talk about {G}"),
    ("I loathe {G}", "I don't loathe {G} at all", "I loathe bigots who pick on {G}"),
    ("I can't stand {G}", "I've got no problem with {G}, it's bigots I can't stand", "I can't stand people who mock {G}"),
    ("I'm sick of {G}", "I'm not sick of {G}, I'm sick of the hate they get", "I'm sick of people blaming {G} for everything"),
    ("{G} disgust me", "{G} don't disgust me", "What disgusts me is how {G} are spoken about"),
    ("{G} make me sick", "{G} don't make me sick, bigots do", "It makes me sick how {G} are treated"),
    ("{G} make my skin crawl", "{G} don't make my skin crawl", "It makes my skin crawl how people talk about {G}"),
    ("I can't bear {G}", "I've never had anything against {G}", "I can't bear to see {G} abused like this"),
    ("I'm fed up with {G}", "I'm not fed up with {G}", "I'm fed up with the abuse {G} put up with"),
    ("{G} repulse me", "{G} don't repulse me one bit", "The hatred aimed at {G} repulses me"),
    ("I have nothing but contempt for {G}", "I have nothing but respect for {G}", "I have nothing but contempt for people who bully {G}"),
    ("{G} fill me with rage", "{G} don't fill me with rage, why would they", "Seeing {G} abused fills me with rage"),
    ("There's nothing I hate more than {G}", "There's nothing I hate more than bigotry against {G}", "There's nothing I love more than a night out with {G}"),
    ("{G} turn my stomach", "{G} don't turn my stomach", "The way {G} are treated turns my stomach"),
    ("I've had it with {G}", "I've never had a problem with {G}", "I've had it with the hate thrown at {G}"),
    ("I wish {G} didn't exist", "I'm glad {G} exist", "Nobody should wish {G} didn't exist"),
    ("{G} are the worst people on earth", "{G} are not the worst people on earth, not even close", "Saying {G} are the worst people on earth is pure bigotry"),
    ("I hate {G} so much it hurts", "I don't hate {G}, not even a little", "I hate that {G} still get abused in the street"),
    ("Nothing annoys me more than {G}", "Nothing annoys me more than people who sneer at {G}", "Nothing cheers me up more than the {G} next door"),
    ("I absolutely detest {G}, every single one of them", "I don't detest {G}, not a single one of them", "I detest every single slur thrown at {G}"),
]

# Direct threats. Harm verbs take an object {o}; harmless verbs fill the same frame.
HARM_V = ["kill {o}", "stab {o}", "shoot {o}", "hurt {o}", "beat {o} to a pulp", "burn {o} alive",
          "run {o} over", "string {o} up", "murder {o}", "kick the shit out of {o}", "strangle {o}",
          "put {o} in hospital", "batter {o}", "torture {o}", "set fire to {o}", "knife {o}",
          "slit {p} throats", "smash {p} faces in", "cave {p} skulls in", "break {p} legs",
          "blow {p} brains out", "gut {o}", "hunt {o} down", "drown {o}"]
GOOD_V = ["hug {o}", "thank {o}", "help {o}", "buy {o} a drink", "welcome {o}", "cook dinner for {o}",
          "invite {o} round", "give {o} a lift", "stand up for {o}", "say hello to {o}",
          "shake {p} hands", "make {o} a cuppa", "look after {o}", "learn from {o}"]
# (frame, object noun phrase, pronoun possessive). {v} is the verb phrase with {o} filled in.
THREAT_FRAMES = [
    ("I'm going to {v}", "every {gs} I see", "their"),
    ("I will {v}", "the next {gs} I meet", "their"),
    ("I want to {v}", "all {G}", "their"),
    ("Next {gs} I see, I'll {v}", "them", "their"),
    ("I swear I'll {v}", "any {gs} who comes near my house", "their"),
    ("Tonight I'm going out to {v}", "some {G}", "their"),
    ("I can't wait to {v}", "the {G} on my road", "their"),
    ("Give me five minutes alone with {G} and I'll {v}", "them", "their"),
    ("If I see {G} near my kids I will {v}", "them", "their"),
    ("I'm going to find where the {G} live and {v}", "them", "their"),
    ("You {G} had better watch out, I'm going to {v}", "you", "your"),
    ("I'll {v}", "every last one of the {G} in this town", "their"),
    ("One day soon I'm going to {v}", "a {gs}", "their"),
    ("Mark my words, I will {v}", "the {G} at the end of my street", "their"),
]
# Harmless lines that use a harm verb on an object or idiomatically.
IDIOM_HARM = [
    "I'm going to kill this workout", "I could murder a curry tonight", "I'd kill for a cup of tea",
    "I'm going to shoot some hoops later", "I'm going to batter my brother at FIFA",
    "I'm going to smash this exam", "I want to burn all these old receipts",
    "I'm going to string up the fairy lights tonight", "I'll knock them dead at the audition",
    "Next spider I see, I'll hoover it up", "I'm going to gut the fish for tea",
    "I will destroy this pizza", "I'm going to hunt down that missing sock",
    "I'm going to shoot the wedding photos", "Going to strangle this essay into shape tonight",
    "I'm going to drown my chips in vinegar", "I'll set fire to the bonfire at eight",
]
# Reported threats (harmless): the threat is quoted or described to condemn it.
REPORTED_THREAT = [
    "A man in the pub said he'd {v}, so I called the police",
    "Someone messaged my mate saying they would {v}. It's with the police now",
    "He threatened to {v} and he's been arrested, good",
    "My neighbour got a note saying someone would {v}. Disgusting. Police are on it",
]

# Normative threats: (hateful past participle phrase).
HARM_PP = ["killed", "shot", "hanged", "gassed", "exterminated", "burned alive", "strung up",
           "put down like dogs", "wiped off the face of the earth", "lined up and shot",
           "beaten in the street", "executed", "drowned", "stabbed", "wiped out", "sterilised",
           "hunted down", "locked in a cage"]
GOOD_PP = ["protected", "respected", "welcomed", "listened to", "supported", "celebrated",
           "paid fairly", "included", "treated with dignity", "kept safe", "believed",
           "left alone to live their lives"]
NORM_FRAMES = [
    "{G} should be {pp}", "{G} deserve to be {pp}", "{G} need to be {pp}", "{G} ought to be {pp}",
    "All {G} should be rounded up and {pp}", "Every {gs} should be {pp}", "It's time {G} were {pp}",
    "{G} should all be {pp}, every last one", "Honestly {G} should just be {pp}",
]
NORM_EXTRA = [
    ("The world would be better if {G} were dead", "The world would be better if {G} were safe"),
    ("The world would be better if {G} were gone", "The world would be poorer if {G} were gone"),
    ("{G} need to be wiped out", "{G} need to be heard"),
    ("Someone should kill all the {G}", "Someone should help all the {G} who've lost their homes"),
    ("Someone needs to teach the {G} round here a lesson they won't survive", "Someone needs to teach the bigots round here a lesson in manners"),
    ("{G} don't deserve to live", "{G} don't deserve to be treated like this"),
    ("Death to {G}", "Long life and happiness to {G}"),
    ("I hope {G} all die", "I hope {G} all have a lovely Christmas"),
    ("Every {gs} deserves a bullet", "Every {gs} deserves a fair chance"),
    ("We should get rid of {G} once and for all", "We should get rid of the barriers {G} face once and for all"),
]

# Negated positives (hateful) with harmless twins in the same words.
NEGPOS = [
    ("{G} are never any good", "{G} are never the problem", "Anyone who says {G} are never any good is talking rubbish"),
    ("{G} can't be trusted", "{G} can't be blamed for this mess", "It's bigoted to say {G} can't be trusted"),
    ("{G} can never be trusted", "{G} can always be trusted to turn up for the food bank", "I'd never say {G} can never be trusted"),
    ("No {gs} is ever honest", "No {gs} should ever be called a liar for who they are", "No {gs} is ever going to be turned away from my door"),
    ("No {gs} has ever done an honest day's work", "No {gs} has ever been turned away from this club", "Saying no {gs} has ever done an honest day's work is just prejudice"),
    ("{G} aren't capable of thinking for themselves", "{G} are capable of anything they set their minds to", "{G} aren't incapable of anything, stop patronising them"),
    ("{G} will never be one of us", "{G} will always be one of us", "Telling {G} they will never be one of us is cruel"),
    ("I'd never hire a {gs}", "I'd never refuse to hire a {gs}", "I'd hire a {gs} in a heartbeat"),
    ("I'd never trust a {gs}", "I'd trust a {gs} with my life", "I'd never trust someone who hates every {gs}"),
    ("I'd never let a {gs} into my house", "I'd never turn a {gs} away from my house", "A {gs} is always welcome in my house"),
    ("{G} don't deserve respect", "{G} don't deserve the abuse they get", "No {gs} deserves to be disrespected"),
    ("{G} aren't worth the air they breathe", "{G} aren't worth any less than anyone else", "Claiming {G} aren't worth the air they breathe is vile"),
    ("There's nothing good about {G}", "There's nothing wrong with {G}", "There's a lot that's good about {G}"),
    ("{G} have never contributed anything", "{G} have never stopped contributing", "It's a lie that {G} have never contributed anything"),
    ("{G} are not fit to be parents", "{G} are not unfit to be parents, obviously", "{G} make great parents"),
    ("{G} should never be allowed near children", "{G} should never be kept away from their children", "My kids' best teacher is a {gs}"),
    ("{G} are never going to be normal", "{G} are never going to stop being normal people", "{G} are as normal as anyone"),
    ("I've never met a {gs} who wasn't a liar", "I've never met a {gs} who wasn't kind to me", "I've never met a {gs} who deserved the hate they get"),
    ("Not a single {gs} is worth anything", "Not a single {gs} is worth less than you or me", "Every single {gs} is worth the same as anyone"),
    ("{G} are never welcome here", "{G} are never unwelcome here", "{G} are always welcome here"),
    ("{G} will never amount to anything", "{G} will never stop surprising us", "Anyone who says {G} will never amount to anything is wrong"),
    ("No {gs} can ever be a good neighbour", "No {gs} should ever feel unwelcome as a neighbour", "Any {gs} can be a good neighbour, like anyone"),
]
# Identity denial, one group each (hateful, twins).
NEGPOS_SPECIFIC = {
    "trans women": [("Trans women will never be real women", "Trans women are real women", "Saying trans women will never be real women is transphobic")],
    "trans men": [("Trans men will never be real men", "Trans men are real men", "I'm tired of hearing trans men will never be real men")],
    "non-binary people": [("Non-binary people aren't real", "Non-binary people are real", "People who claim non-binary people aren't real need to meet some")],
    "bisexual people": [("Bisexual people don't actually exist, they're just greedy", "Bisexual people actually exist, and they're not greedy", "Calling bisexual people greedy is biphobic")],
    "trans people": [("Trans people will never be who they claim to be", "Trans people are who they say they are", "Saying trans people will never be who they claim to be is hateful")],
    "women": [("Women will never be as capable as men", "Women are every bit as capable as men", "Anyone who says women will never be as capable as men is stuck in the past")],
    "disabled people": [("Disabled people will never be useful to anyone", "Disabled people are useful to loads of people", "Saying disabled people will never be useful is disgusting")],
    "immigrants": [("Immigrants will never be British", "Immigrants can be as British as anyone", "Telling immigrants they will never be British is cruel")],
}

# Pronoun reference inside one sentence: (hateful, harmless twin).
PRONOUN1 = [
    ("I've met loads of {G} and I hate every one of them", "I've met loads of {G} and I like every one of them"),
    ("I've met plenty of {G} and can't stand a single one of them", "I've met plenty of {G} and can't fault a single one of them"),
    ("{G} think they're special but they're just vermin", "{G} get called vermin but they're just people like us"),
    ("{G} act all innocent but they're scum, all of them", "{G} get a bad press but they're lovely, all of them"),
    ("I work with a few {G} and honestly they're all useless", "I work with a few {G} and honestly they're all great"),
    ("My street is full of {G} now and every one of them is filthy", "My street is full of {G} now and every one of them is friendly"),
    ("I used to think {G} were fine until I met some, they're vile", "I used to be wary of {G} until I met some, they're brilliant"),
    ("Whenever I see {G} I'm reminded how much I despise them", "Whenever I see {G} I'm reminded how much I like them"),
    ("{G} can say what they like, they'll always be worthless to me", "{G} can say what they like, they'll always be welcome with me"),
    ("Seen a lot of {G} in my time and not one of them was any good", "Seen a lot of {G} in my time and every one of them was decent"),
    ("{G} keep moving here and I wish they'd all drop dead", "{G} keep moving here and I hope they all feel at home"),
    ("There are {G} everywhere now and they're a plague", "There are {G} everywhere now and that's great"),
    ("I know a lot of {G} and they all make me sick", "I know a lot of {G} and they all make me laugh"),
    ("My kids go to school with {G} and I want them all gone", "My kids go to school with {G} and I want them all at the party"),
    ("{G} smile at you but they'd stab you in the back the first chance they got", "{G} smile at you and they'd help you out the first chance they got"),
    ("Every time I meet {G} they remind me why I can't stand them", "Every time I meet {G} they remind me why I love this city"),
    ("{G} moved in down the road and I'd happily see them burn", "{G} moved in down the road and I'd happily see them every day"),
    ("Whatever {G} say, I'll never see them as anything but animals", "Whatever anyone says, I'll never see {G} as anything but neighbours"),
]
# Pronoun reference across sentences: intros and follow-ups (hateful, category) / harmless.
INTROS = ["{G} moved in next door.", "Saw a load of {G} at the shops today.", "My new colleagues are {G}.",
          "There's a group of {G} outside the chippy.", "{G} keep popping up on my feed.", "{G}?",
          "Talking about {G} again.", "The new lot on our road are {G}.", "More {G} on the bus this morning.",
          "My daughter's new friends are {G}."]
FOLLOW = [
    ("They are vermin.", "HATE.DEHUMANISATION", "They are lovely."),
    ("I hate them.", "HATE.DEROGATION", "I like them."),
    ("They make me sick.", "HATE.DEROGATION", "They make me smile."),
    ("Every single one of them is scum.", "HATE.DEHUMANISATION", "Every single one of them is kind."),
    ("They should all be shot.", "HATE.THREAT", "They should all be proud."),
    ("Can't stand any of them.", "HATE.DEROGATION", "Can't wait to meet them."),
    ("They're a disease.", "HATE.DEHUMANISATION", "They're a delight."),
    ("I'm going to make them bleed.", "HATE.THREAT", "I'm going to make them a cake."),
    ("They disgust me.", "HATE.DEROGATION", "They seem nice."),
    ("Honestly they're worthless.", "HATE.DEROGATION", "Honestly they're great."),
    ("I wish they'd all die.", "HATE.THREAT", "I wish them all the best."),
    ("They need to be got rid of.", "HATE.EXCLUSION_CALL", "They need more support."),
    ("They're all thick as mince.", "HATE.DEROGATION", "They're all sound as a pound."),
    ("Filthy, the lot of them.", "HATE.DEROGATION", "Friendly, the lot of them."),
    ("Let's burn them out.", "HATE.THREAT", "Let's bring them a housewarming gift."),
    ("Never trust them.", "HATE.DEROGATION", "Never judge them."),
]

# Questions that carry contempt, and harmless questions in the same words.
QUESTION2 = [
    ("Why are {G} so {a}?", "Why are {G} so often treated as if they were {a}?"),
    ("Aren't {G} just {n}?", "Aren't {G} just people like the rest of us?"),
    ("Is it any wonder nobody likes {G}?", "Is it any wonder {G} feel unsafe here?"),
    ("What is wrong with {G}, why are they all so {a}?", "What is wrong with people, why are they all so nasty to {G}?"),
    ("Why do {G} always ruin everything?", "Why do people always blame {G} for everything?"),
    ("Who else thinks {G} are {n}?", "Who else thinks {G} deserve better?"),
    ("Can we all just admit {G} are {a}?", "Can we all just admit {G} get a raw deal?"),
    ("Why does anyone put up with {G}?", "Why does anyone think it's OK to abuse {G}?"),
    ("How can anyone stand being around {G}?", "How can anyone be so cruel to {G}?"),
    ("Does anyone actually like {G}?", "Does anyone know where {G} can get help with housing?"),
    ("Why are {G} even allowed here?", "Why are {G} still treated so badly here?"),
    ("Wouldn't we all be better off without {G}?", "Wouldn't we all be better off listening to {G}?"),
    ("Why can't {G} just disappear?", "Why can't people just leave {G} alone?"),
    ("Are {G} even human?", "Are {G} safe walking home at night round here?"),
    ("Is there anything more {a} than a {gs}?", "Is there anything more tiring than being a {gs} online?"),
    ("Why do {G} have to be so {a} all the time?", "Why do {G} have to put up with so much all the time?"),
    ("Seriously, what use are {G}?", "Seriously, what support is there for {G}?"),
    ("How are {G} allowed to breed?", "How are {G} supposed to feel safe when this keeps happening?"),
]

# Opinion hedges, wrapped around hateful and harmless statements alike.
HEDGES = ["I think", "In my opinion,", "IMO", "Honestly,", "Call me old-fashioned but", "Just my view but",
          "Not being funny but", "I'm not racist but", "No offence but", "Personally I reckon",
          "Unpopular opinion:", "Let's be honest,", "I genuinely believe", "If you ask me,", "Tbh",
          "I'm just saying,", "I feel like", "Hot take:", "I'm sorry but", "Say what you like but"]
OPINION_BAD = [
    ("{G} are {a}", "HATE.DEROGATION"), ("{G} are {n}", "HATE.DEHUMANISATION"),
    ("{G} should be {pp}", "HATE.THREAT"), ("{G} don't belong here", "HATE.EXCLUSION_CALL"),
    ("{G} ruin everything they touch", "HATE.DEROGATION"), ("{G} are a drain on this country", "HATE.DEROGATION"),
    ("{G} can't be trusted", "HATE.DEROGATION"), ("the world would be better without {G}", "HATE.THREAT"),
    ("{G} make me sick", "HATE.DEROGATION"), ("{G} are less than human", "HATE.DEHUMANISATION"),
    ("{G} should be kept out of this country", "HATE.EXCLUSION_CALL"), ("{G} bring nothing but crime", "HATE.IMPLICIT_ANIMOSITY"),
]
OPINION_GOOD = [
    "{G} are {pos}", "{G} deserve respect", "{G} should be {gp}", "{G} belong here as much as anyone",
    "{G} make this country better", "{G} get treated unfairly", "{G} are a credit to this town",
    "{G} can be trusted as much as anyone", "the world would be worse without {G}", "{G} make me proud",
    "{G} are as human as anyone", "{G} should feel at home in this country",
]

# Profanity in hateful use, and harmless twins using the same swearing.
PROFANE = [
    ("fucking {G} are {a}", "HATE.DEROGATION", "fucking hell, people are so {a} to {G}"),
    ("{G} can fuck off back to where they came from", "HATE.EXCLUSION_CALL", "bigots can fuck off, {G} are staying"),
    ("fuck {G}", "HATE.DEROGATION", "fuck anyone who hates {G}"),
    ("{G} are shit", "HATE.DEROGATION", "{G} get so much shit for nothing"),
    ("I fucking hate {G}", "HATE.DEROGATION", "I fucking love {G}"),
    ("{G} are a bunch of fucking {n}", "HATE.DEHUMANISATION", "people calling {G} fucking {n} need to get a grip"),
    ("piss off home, {G}", "HATE.EXCLUSION_CALL", "piss off with your hate, {G} are home"),
    ("shitty {G} ruin everything", "HATE.DEROGATION", "shitty landlords ruin everything for {G}"),
    ("fuck all {G}, every last one", "HATE.DEROGATION", "fuck all the trolls who go after {G}"),
    ("{G} are fucking {n}", "HATE.DEHUMANISATION", "{G} are fucking brilliant"),
    ("bloody {G} everywhere, fucking disgusting", "HATE.DEROGATION", "bloody hell, {G} get treated fucking disgustingly"),
    ("{G} can go to hell", "HATE.DEROGATION", "the people abusing {G} can go to hell"),
    ("{G} are a shower of shit", "HATE.DEROGATION", "the way {G} get treated is a load of shit"),
    ("I'd fucking end every {gs} if I could", "HATE.THREAT", "I'd fucking adopt every {gs}'s dog if I could"),
    ("damn {G} and all their kind", "HATE.DEROGATION", "damn, {G} have had a rough year"),
]
PROFANE_HARMLESS = [
    "fucking brilliant gig last night", "this fucking printer", "shit weather again", "fuck me, that was close",
    "what a shit day", "bloody hell, the bus is late again", "holy shit that goal", "this fucking laptop has died again",
    "I'm so fucking tired", "fuck yes, we won", "that film was shit", "my fucking knee is killing me",
    "damn this traffic", "piss off, Monday", "the trains are fucking useless", "shit, I forgot my keys",
    "Mondays can fuck right off", "fucking hell that curry was hot", "absolute shitshow of a match",
    "this weather can fuck off", "fuck, I love this song", "that was a fucking good pint", "oh shit, the cat's on the roof",
    "my phone is a piece of shit", "fucking finally, payday", "bollocks, missed the train",
]

# Counter-speech: quotes of the hateful line, and references to it.
COUNTER_QUOTE = [
    "Anyone who says \"{q}\" is a bigot", "\"{q}\" is not an opinion, it's hate",
    "Reported a post that said \"{q}\"", "My uncle said \"{q}\" at dinner and I walked out",
    "Imagine posting \"{q}\" and thinking you're the good guy", "\"{q}\"? Get a grip, that's just bigotry",
    "Someone sprayed \"{q}\" on the community centre and it makes me so angry", "Saw \"{q}\" trending and felt sick",
    "You said \"{q}\". That's hate and I've reported you", "If your take is \"{q}\", unfollow me now",
    "Screenshotting every \"{q}\" reply and sending them to the police", "\"{q}\" - no. Just no. Do better",
]
COUNTER_REF = [
    "I'm sick of hearing that {G} are {a}", "Saying you hate {G} says more about you than them",
    "Threatening {G} is a crime, and I will report it", "If you think {G} are {n}, unfollow me",
    "People who call {G} {n} need to take a long look at themselves", "Hating {G} is not a personality",
    "Calling {G} {a} is lazy prejudice", "There's no excuse for wishing harm on {G}",
    "Stop spreading lies about {G}", "Posts telling {G} to die should be taken down",
    "The comments calling {G} {n} are a disgrace", "I've blocked everyone in that thread who said {G} should be {pp}",
]
COUNTER_CORES = [
    ("{G} are {a}", "HATE.DEROGATION"), ("{G} are {n}", "HATE.DEHUMANISATION"),
    ("{G} should be {pp}", "HATE.THREAT"), ("I hate {G}", "HATE.DEROGATION"),
    ("{G} don't belong here", "HATE.EXCLUSION_CALL"), ("{G} can't be trusted", "HATE.DEROGATION"),
]

# Implicit derogation: stereotype or insinuation with no hostile word, and a harmless twin.
IMPLICIT3 = [
    ("Funny how {G} never seem to have jobs", "Funny how {G} never seem to get the credit"),
    ("Lock your car, there are {G} about", "Lock your car, there are car thieves about"),
    ("You wouldn't want your daughter marrying one of the {G}", "I'd be chuffed if my daughter married a {gs}"),
    ("Count your spoons after {G} have been round", "Count your blessings when {G} come round to help"),
    ("Of course it was one of the {G}. Who else?", "Of course it was one of the {G} who won. They trained hardest."),
    ("Give it a year and the {G} will have ruined this town too", "Give it a year and the {G} will have brightened this town up too"),
    ("{G} always play the victim card", "{G} are too often the victims of hate crime"),
    ("The street was lovely before {G} turned up", "The street got even lovelier when {G} turned up"),
    ("{G} are taking over, open your eyes", "{G} are taking over the local choir, and it sounds amazing"),
    ("You can't leave anything lying around with {G} nearby", "You can leave anything lying around, the {G} next door keep an eye on it"),
    ("A {gs} in a job interview? Next.", "A {gs} in a job interview? Judge them on the CV like anyone else."),
    ("{G} are only good for one thing", "{G} are good at loads of things, like everyone"),
    ("I'm not saying all {G} are criminals, but...", "I'm not saying all {G} are saints, just that they're people"),
    ("{G} and honesty don't go together", "{G} and honesty go together just fine"),
    ("Wherever {G} settle, the place goes to the dogs", "Wherever {G} settle, the place gets a new community centre"),
    ("Every time {G} get rights, society takes a step back", "Every time {G} get rights, society takes a step forward"),
    ("{G} should be grateful we even let them stay", "{G} shouldn't have to be grateful just for being here"),
    ("My taxes pay for {G} to sit around all day", "My taxes pay for the support {G} are entitled to, and rightly so"),
    ("Nobody ever got rich by trusting a {gs}", "Nobody ever got poorer by befriending a {gs}"),
    ("Another {gs} on the news. Shocked, I tell you. Shocked.", "Another {gs} on the news for a bravery award. Love to see it."),
    ("Put {G} in charge and watch it all collapse", "Put {G} in charge and watch it all come together"),
    ("Hold on to your handbag, a {gs} just got on", "Hold on to the rail, the bus is about to move"),
    ("If {G} are so hard done by, why don't they leave?", "If {G} are so hard done by, why don't we fix it?"),
    ("Say what you like, {G} don't smell like the rest of us", "Say what you like, {G} throw the best parties"),
]

# Individuals and objects: insults and disgust aimed at no protected group (all harmless).
INDIV_OBJ = [
    "You are {a}", "My ex is so {a}", "My boss is {a}", "That referee was {a} today", "You're {n}, mate",
    "My landlord is scum", "I hate you", "I despise my ex", "My brother makes me sick",
    "This printer is {oa}", "Mondays make me sick", "This weather is disgusting", "My phone is useless",
    "I hate this printer", "I despise Mondays", "This traffic makes my skin crawl", "I can't stand this song",
    "Pineapple on pizza is vile", "The trains are a disgrace", "This app is trash", "My laptop is garbage",
    "I'm sick of this rain", "Cold coffee disgusts me", "Spiders make my skin crawl", "The new kit is an abomination",
    "Why is this printer so {oa}?", "My car is {oa}", "This town centre is {oa} these days", "Our team was {oa} on Saturday",
    "You are the worst, Kevin", "My flatmate is a parasite, never pays for anything", "Honestly my cat is a little savage",
]

# Emoji: (hateful line, category, harmless twin).
EMOJI = [
    ("{G} = 🐀", "HATE.DEHUMANISATION", "rats in the shed again 🐀😩"),
    ("{G} 🤮🤮🤮", "HATE.DEROGATION", "{G} 💖💖💖"),
    ("{G} 🐀🐀", "HATE.DEHUMANISATION", "{G} 🤝🤝"),
    ("all {G} 🔪🔪", "HATE.THREAT", "new knife set for the kitchen 🔪✨"),
    ("{G} should all get 🔫", "HATE.THREAT", "{G} should all get 🏆"),
    ("{G} are 🐷", "HATE.DEHUMANISATION", "pigs at the farm park today 🐷💕"),
    ("{G} are 🗑️", "HATE.DEROGATION", "{G} are 🌟"),
    ("{G} = 🦠", "HATE.DEHUMANISATION", "{G} = ❤️"),
    ("{G} 🤢", "HATE.DEROGATION", "this cold 🤢"),
    ("🔪 {G} 🔪", "HATE.THREAT", "love {G} 😍"),
    ("{G} ➡️ 🔥", "HATE.THREAT", "{G} ➡️ 🏡 welcome"),
    ("{G} are 🪳", "HATE.DEHUMANISATION", "{G} are 💪"),
    ("death to {G} 💀", "HATE.THREAT", "stand with {G} ✊"),
    ("{G} 🖕", "HATE.DEROGATION", "Mondays 🖕"),
    ("{G} make me 🤮", "HATE.DEROGATION", "{G} make me 😊"),
    ("{G} 🐒🐒", "HATE.DEHUMANISATION", "Monkey World with the kids 🐒🐒"),
    ("{G} 💩", "HATE.DEROGATION", "{G} deserve better 🙏"),
]
EMOJI_FIXED = [
    ("🏳️‍🌈 people make me 🤮", 1, "HATE.DEROGATION", "TG.SEXUAL_ORIENTATION.LGBTQ"),
    ("🏳️‍🌈 people 💖", 0, None, "TG.SEXUAL_ORIENTATION.LGBTQ"),
    ("🏳️‍🌈 = 🐀", 1, "HATE.DEHUMANISATION", "TG.SEXUAL_ORIENTATION.LGBTQ"),
    ("🏳️‍🌈 = ❤️", 0, None, "TG.SEXUAL_ORIENTATION.LGBTQ"),
    ("🏳️‍🌈🔫", 1, "HATE.THREAT", "TG.SEXUAL_ORIENTATION.LGBTQ"),
    ("🏳️‍🌈✨ happy pride everyone", 0, None, "TG.SEXUAL_ORIENTATION.LGBTQ"),
    ("🏳️‍⚧️ = 🤮", 1, "HATE.DEROGATION", "TG.TRANSGENDER"),
    ("proud of my trans sister 🏳️‍⚧️✨", 0, None, "TG.TRANSGENDER"),
    ("🏳️‍⚧️ people are 🤡 and 🗑️", 1, "HATE.DEROGATION", "TG.TRANSGENDER"),
    ("🏳️‍⚧️ people are 💖 and 💪", 0, None, "TG.TRANSGENDER"),
    ("🏳️‍⚧️ 🔪🔪", 1, "HATE.THREAT", "TG.TRANSGENDER"),
    ("trans rights 🏳️‍⚧️🏳️‍⚧️", 0, None, "TG.TRANSGENDER"),
    ("♿ people 🤮", 1, "HATE.DEROGATION", "TG.DISABILITY"),
    ("♿ access ramps finally fixed at the station 🙌", 0, None, "TG.DISABILITY"),
    ("Mondays 🤮", 0, None, None),
    ("this printer 🔪🔪", 0, None, None),
    ("referees 🤡🗑️", 0, None, None),
    ("landlords = 🐀", 0, None, None),
]

PROPER = {w for g in GROUPS2 for w in (g[0] + " " + g[1]).split() if w[:1].isupper()}
PROPER |= {"Kevin", "Monday", "Mondays", "FIFA", "Christmas", "Tories", "Tory", "Chelsea", "Man",
           "Liverpool", "MPs", "MP", "OK", "CV"}


def h(*parts):
    return int(hashlib.md5("|".join(str(p) for p in parts).encode("utf-8")).hexdigest()[:12], 16)


def pick(seq, k, *key):
    """k items of seq in a fixed hash order for this key (all of them when k >= len)."""
    order = sorted(range(len(seq)), key=lambda i: h(*key, i))
    return [seq[i] for i in order[:k]]


def choose(seq, *key):
    return seq[h(*key) % len(seq)]


def lower_first(s):
    w = s.split(" ", 1)[0].rstrip(",?!.")
    if w in PROPER or w == "I" or w.startswith("I'") or w.isupper():
        return s
    return s[:1].lower() + s[1:]


HEDGE_STARTS = ("honestly", "tbh", "imo", "in my opinion", "i think", "call me", "just my", "not being",
                "i'm not racist", "no offence", "personally", "unpopular", "let's be honest", "i genuinely",
                "if you ask", "i'm just saying", "i feel like", "hot take", "i'm sorry but", "say what")


def style(text, s):
    """One of nine surface styles (case, final punctuation, 'honestly', 'tbh'); same for a whole pair."""
    q = text.endswith("?")
    base = text.rstrip(".!")
    if base.endswith("..."):
        base = text
    s = s % 9
    if s in (4, 6, 8) and base.lower().startswith(HEDGE_STARTS):
        s = 0
    if s == 0:
        return cap(base)
    if s == 1:
        return cap(base) + ("" if q else ".")
    if s == 2:
        return base.lower()
    if s == 3:
        return cap(base) + ("" if q else "!")
    if s == 4:
        return "Honestly, " + lower_first(base)
    if s == 5:
        return cap(base) + (" tbh" if not q else "")
    if s == 6:
        return "tbh " + lower_first(base)
    if s == 7:
        return cap(base) + ("??" if q else "!!")
    return base.lower().rstrip("?") + (" honestly" if not q else " honestly?")


class Fam:
    """Collects rows for the v1.5 families as pairs: (pair_id, [(text, label, cat, target, kw)])."""

    def __init__(self):
        self.pairs = []

    def add(self, pair, source, rows, kw=None, st=None):
        s = h(pair, "style") if st is None else st
        styled = []
        for text, label, cat, tid in rows:
            text = re.sub(r"\b([Aa]) (?=[AEIOaeio])", r"\1n ", text)
            styled.append((style(text, s) if s >= 0 else text, label, cat, tid))
        self.pairs.append((pair, source, styled, kw))


def g_of(t, G, gs, a="", n="", pp="", pos="", gp=""):
    return t.format(G=G, gs=gs, a=a, n=n, pp=pp, pos=pos, gp=gp)


def fam_emotion(F):
    for gi, (G, gs, tid, w) in enumerate(GROUPS2):
        for ei, (bad, neg, ctr) in enumerate(pick(EMOTION, 6 * w + 2, "emo", gi)):
            pair = f"v15-emotion-{gi}-{ei}"
            rows = [(g_of(bad, G, gs), 1, "HATE.DEROGATION", tid), (g_of(neg, G, gs), 0, None, tid)]
            if h(pair, "c") % 3 == 0:
                rows.append((g_of(ctr, G, gs), 0, None, tid))
            elif h(pair, "c") % 3 == 1:
                np_, nps = choose(NONPROT, pair, "np")
                rows.append((g_of(bad, np_, nps), 0, None, None))
            if h(pair, "you") % 3 == 0:
                rows.append((g_of(bad.replace("{G}", "you {G}", 1), G, gs), 1, "HATE.DEROGATION", tid))
                rows.append((g_of(neg.replace("{G}", "you {G}", 1), G, gs), 0, None, tid))
            F.add(pair, "template:emotion", rows, kw=bad.split("{G}")[0].split()[-1] if bad.startswith("I") else None)


def fam_attribute(F):
    frames = ["{G} are {a}", "{G} are so {a}", "All {G} are {a}", "{G} are all {a}", "Every {gs} is {a}",
              "{G} are just {a}", "{G} are {a}, every one of them", "{G} are so {a} it's unreal"]
    for gi, (G, gs, tid, w) in enumerate(GROUPS2):
        for ai, a in enumerate(pick(ADJ2, 5 * w + 2, "adj", gi)):
            pair = f"v15-attr-{gi}-{ai}"
            fr = choose(frames, pair, "fr")
            rows = [(g_of(fr, G, gs, a=a), 1, "HATE.DEROGATION", tid),
                    (f"{G} are not {a}", 0, None, tid)]
            twin = h(pair, "tw") % 5
            if twin == 0:
                rows.append((f"Calling {G} {a} is plain bigotry", 0, None, tid))
            elif twin == 1:
                rows.append((g_of(fr, G, gs, a=choose(POSITIVE, pair, "pos")), 0, None, tid))
            elif twin == 2 and h(pair, "t2") % 2:
                rows.append((f"It's nonsense that {G} are {a}", 0, None, tid))
            if h(pair, "np") % 2 == 0:
                np_, nps = choose(NONPROT, pair, "np")
                rows.append((g_of(fr, np_, nps, a=a), 0, None, None))
            elif a in OBJ_ADJ:
                rows.append((choose(["This printer is {a}", "Mondays are so {a}", "My ex is {a}", "You are {a}, Dave",
                                     "The service here is {a}", "My old boss was {a}"], pair, "o").format(a=a), 0, None, None))
            if h(pair, "you") % 4 == 0:
                rows.append((f"You {G} are {a}", 1, "HATE.DEROGATION", tid))
            F.add(pair, "template:attribute2", rows, kw=a)
        for ni, n in enumerate(pick(NOUNP, 2 * w, "nounp", gi)):
            pair = f"v15-attrn-{gi}-{ni}"
            rows = [(f"{G} are {n}", 1, "HATE.DEROGATION", tid),
                    (f"{G} are not {n}", 0, None, tid),
                    (f"People love to say {G} are {n}. It's a lie.", 0, None, tid) if h(pair, "t") % 2 else
                    (f"{choose(NONPROT, pair, 'np')[0]} are {n}", 0, None, None)]
            F.add(pair, "template:attribute2", rows,
                  kw=[x for x in n.replace(",", "").split() if x not in ("a", "on", "but", "nothing", "liars")][0])


def fam_dehum(F):
    frames = ["{G} are {n}", "{G} are nothing but {n}", "{G} are {n}, plain and simple", "To me {G} are {n}",
              "{G} = {n}", "Let's be clear, {G} are {n}", "{G} are {n} and always will be"]
    for gi, (G, gs, tid, w) in enumerate(GROUPS2):
        for di, (n, n1, literal) in enumerate(pick(DEHUM2, 5 * w + 2, "dehum", gi)):
            pair = f"v15-dehum-{gi}-{di}"
            fr = choose(frames, pair, "fr")
            rows = [(g_of(fr, G, gs, n=n), 1, "HATE.DEHUMANISATION", tid)]
            if h(pair, "sg") % 3 == 0:
                rows.append((f"Every {gs} is {n1}", 1, "HATE.DEHUMANISATION", tid))
            if n.endswith("s") and not n.startswith("a ") and h(pair, "like") % 3 == 1:
                rows.append((f"Treat {G} like the {n} they are", 1, "HATE.DEHUMANISATION", tid))
            neg = choose([f"{G} are not {n}", f"{G} are people, not {n}", f"Calling {G} {n} is dehumanising",
                          f"Only a bigot calls {G} {n}", f"{G} are not {n}, they are our neighbours"], pair, "neg")
            rows.append((neg, 0, None, tid))
            if not literal or h(pair, "np") % 2 == 0:
                np_, nps = choose(NONPROT, pair, "np")
                rows.append((g_of(fr, np_, nps, n=n), 0, None, None))
            else:
                rows.append((choose(["There are {n} in the shed again", "Found {n} in the kitchen, calling pest control",
                                     "The allotment is crawling with {n}", "Documentary about {n} tonight, fascinating"],
                                    pair, "lit").format(n=n), 0, None, None))
            F.add(pair, "template:dehumanisation2", rows, kw=n.split()[-1])


def fam_threat(F):
    for gi, (G, gs, tid, w) in enumerate(GROUPS2):
        for ti, (fr, obj, poss) in enumerate(pick(THREAT_FRAMES, 4 * w + 3, "thr", gi)):
            pair = f"v15-dthreat-{gi}-{ti}"
            hv = choose(HARM_V, pair, "hv")
            if "{p}" in hv and obj not in ("them", "you"):
                hv = choose([v for v in HARM_V if "{p}" not in v], pair, "hv2")
            gv = choose(GOOD_V, pair, "gv")
            if "{p}" in gv and obj not in ("them", "you"):
                gv = choose([v for v in GOOD_V if "{p}" not in v], pair, "gv2")
            o = obj.format(G=G, gs=gs)
            bad_v = hv.format(o=o, p=poss)
            good_v = gv.format(o=o, p=poss)
            rows = [(fr.format(G=G, gs=gs, v=bad_v), 1, "HATE.THREAT", tid),
                    (fr.format(G=G, gs=gs, v=good_v), 0, None, tid)]
            if obj not in ("them", "you"):
                rep = choose(REPORTED_THREAT, pair, "rep")
                rows.append((rep.format(v=hv.format(o=o.replace("I see", "he saw").replace("I meet", "he met").replace("my", "our"), p=poss)), 0, None, tid))
            if h(pair, "idiom") % 3 == 0:
                rows.append((choose(IDIOM_HARM, pair, "id"), 0, None, None))
            if h(pair, "h2") % 2 == 0:
                hv2 = choose([v for v in HARM_V if "{p}" not in v], pair, "h2v")
                rows.append((f"I'm going to {hv2.format(o=f'a {gs}', p='their')} tonight", 1, "HATE.THREAT", tid))
            F.add(pair, "template:direct-threat", rows, kw=hv.split()[0])


def fam_normative(F):
    for gi, (G, gs, tid, w) in enumerate(GROUPS2):
        for ni, fr in enumerate(pick(NORM_FRAMES, 2 * w + 2, "norm", gi)):
            pair = f"v15-norm-{gi}-{ni}"
            pp = choose(HARM_PP, pair, "pp")
            gp = choose(GOOD_PP, pair, "gp")
            rows = [(g_of(fr, G, gs, pp=pp), 1, "HATE.THREAT", tid),
                    (g_of(fr, G, gs, pp=gp), 0, None, tid)]
            t = h(pair, "tw") % 4
            if t == 0:
                rows.append((f"Nobody should ever say {G} should be {pp}", 0, None, tid))
            elif t == 1:
                rows.append((f"Saying {G} deserve to be {pp} is a hate crime, full stop", 0, None, tid))
            elif t == 2:
                rows.append((f"A {gs} I know got a message saying {G} should be {pp}. We've gone to the police", 0, None, tid))
            F.add(pair, "template:normative-threat", rows, kw=pp.split()[0])
        for xi, (bad, good) in enumerate(pick(NORM_EXTRA, 2 * w + 1, "normx", gi)):
            pair = f"v15-normx-{gi}-{xi}"
            rows = [(g_of(bad, G, gs), 1, "HATE.THREAT", tid), (g_of(good, G, gs), 0, None, tid)]
            F.add(pair, "template:normative-threat", rows)


def fam_negpos(F):
    for gi, (G, gs, tid, w) in enumerate(GROUPS2):
        items = pick(NEGPOS, 4 * w + 3, "negpos", gi) + NEGPOS_SPECIFIC.get(G, [])
        for ni, (bad, neg, ctr) in enumerate(items):
            pair = f"v15-negpos-{gi}-{ni}"
            rows = [(g_of(bad, G, gs), 1, "HATE.DEROGATION", tid),
                    (g_of(neg if h(pair, "twin") % 2 else ctr, G, gs), 0, None, tid)]
            if "{G}" in bad and h(pair, "np") % 2 == 0 and G not in [k for k in NEGPOS_SPECIFIC]:
                np_, nps = choose(NONPROT, pair, "npg")
                rows.append((g_of(bad, np_, nps), 0, None, None))
            elif "{gs}" in bad and h(pair, "np") % 2 == 0:
                np_, nps = choose(NONPROT, pair, "npg")
                rows.append((g_of(bad, np_, nps), 0, None, None))
            if h(pair, "h2") % 2 == 0:
                rows.append((f"{G} are never going to be any good at anything", 1, "HATE.DEROGATION", tid)
                            if h(pair, "h3") % 2 else (f"No {gs} will ever be worth a thing", 1, "HATE.DEROGATION", tid))
            F.add(pair, "template:negated-positive", rows, kw=None)


def fam_pronoun(F):
    for gi, (G, gs, tid, w) in enumerate(GROUPS2):
        for pi, (bad, good) in enumerate(pick(PRONOUN1, 4 * w + 2, "pr1", gi)):
            pair = f"v15-pron1-{gi}-{pi}"
            np_, nps = choose(NONPROT, pair, "np")
            rows = [(g_of(bad, G, gs), 1, "HATE.DEROGATION", tid), (g_of(good, G, gs), 0, None, tid)]
            if h(pair, "np") % 2 == 0:
                rows.append((g_of(bad, np_, nps), 0, None, None))
            F.add(pair, "template:pronoun-1sentence", rows)
        for pi in range(3 * w + 2):
            pair = f"v15-pron2-{gi}-{pi}"
            intro = choose(INTROS, pair, "in").format(G=G)
            fb, cat, fg = choose(FOLLOW, pair, "fo")
            fb2, cat2, fg2 = choose(FOLLOW, pair, "fo2")
            rows = [(f"{intro} {fb}", 1, cat, tid), (f"{intro} {fg}", 0, None, tid)]
            if fb2 != fb:
                rows.append((f"{intro} {fb2}", 1, cat2, tid))
            if h(pair, "np") % 2 == 0:
                np_ = choose([p for p in NONPROT if not p[0].startswith(("the ", "my "))], pair, "npn")[0]
                intro_np = choose(["{G}?", "Talking about {G} again.", "Saw a load of {G} at the shops today.",
                                   "{G} keep popping up on my feed."], pair, "inn").format(G=np_)
                rows.append((f"{intro_np} {fb}", 0, None, None))
            else:
                rows.append((f"{intro} Someone on here keeps saying {fb[:1].lower() + fb[1:].rstrip('.')}. Reported.", 0, None, tid))
            F.add(pair, "template:pronoun-2sentence", rows, st=h(pair, "st") % 4)


def fam_question(F):
    for gi, (G, gs, tid, w) in enumerate(GROUPS2):
        for qi, (bad, good) in enumerate(pick(QUESTION2, 4 * w + 3, "q2", gi)):
            pair = f"v15-question-{gi}-{qi}"
            a = choose(ADJ2, pair, "a")
            n = choose(DEHUM2, pair, "n")[0]
            cat = "HATE.DEHUMANISATION" if "{n}" in bad or "human" in bad else (
                "HATE.EXCLUSION_CALL" if ("allowed here" in bad or "disappear" in bad or "without" in bad) else "HATE.DEROGATION")
            rows = [(g_of(bad, G, gs, a=a, n=n), 1, cat, tid), (g_of(good, G, gs, a=a, n=n), 0, None, tid)]
            if "breed" not in bad and "human" not in bad and h(pair, "np") % 2 == 0:
                np_, nps = choose(NONPROT, pair, "np")
                rows.append((g_of(bad, np_, nps, a=a, n=n), 0, None, None))
            elif "{a}" in bad and a in OBJ_ADJ:
                rows.append((f"Why is this printer so {a}?", 0, None, None))
            F.add(pair, "template:question2", rows, kw=a if "{a}" in bad else (n.split()[-1] if "{n}" in bad else None))


def fam_opinion(F):
    for gi, (G, gs, tid, w) in enumerate(GROUPS2):
        for oi in range(3 * w + 2):
            pair = f"v15-opinion-{gi}-{oi}"
            hedge = choose(HEDGES, pair, "hedge")
            bad, cat = choose(OPINION_BAD, pair, "bad")
            good = choose(OPINION_GOOD, pair, "good")
            kw = dict(a=choose(ADJ2, pair, "a"), n=choose(DEHUM2, pair, "n")[0], pp=choose(HARM_PP, pair, "pp"),
                      pos=choose(POSITIVE, pair, "pos"), gp=choose(GOOD_PP, pair, "gp"))
            rows = [(f"{hedge} {g_of(bad, G, gs, **kw)}", 1, cat, tid), (f"{hedge} {g_of(good, G, gs, **kw)}", 0, None, tid)]
            if h(pair, "third") % 2:
                pass
            elif cat in ("HATE.DEROGATION", "HATE.DEHUMANISATION") and "trusted" not in bad:
                np_, nps = choose(NONPROT, pair, "np")
                rows.append((f"{hedge} {g_of(bad, np_, nps, **kw)}", 0, None, None))
            else:
                good2 = choose(OPINION_GOOD, pair, "good2")
                if good2 != good:
                    rows.append((f"{hedge} {g_of(good2, G, gs, **kw)}", 0, None, tid))
            F.add(pair, "template:opinion", rows, st=h(pair, "st") % 4)


def fam_profanity(F):
    for gi, (G, gs, tid, w) in enumerate(GROUPS2):
        for pi, (bad, cat, good) in enumerate(pick(PROFANE, 3 * w + 1, "prof", gi)):
            pair = f"v15-prof-{gi}-{pi}"
            a = choose(ADJ2, pair, "a")
            n = choose(DEHUM2, pair, "n")[0]
            rows = [(g_of(bad, G, gs, a=a, n=n), 1, cat, tid), (g_of(good, G, gs, a=a, n=n), 0, None, tid)]
            if "where they came from" not in bad and "home" not in bad and "{gs}" not in bad:
                np_, nps = choose(NONPROT, pair, "np")
                rows.append((g_of(bad, np_, nps, a=a, n=n), 0, None, None))
            rows.append((choose(PROFANE_HARMLESS, pair, "ph"), 0, None, None))
            F.add(pair, "template:profanity", rows, st=h(pair, "st") % 4)
    for pi, t in enumerate(PROFANE_HARMLESS):
        pair = f"v15-profnh-{pi}"
        F.add(pair, "template:profanity", [(t, 0, None, None)])


def fam_counter(F):
    for gi, (G, gs, tid, w) in enumerate(GROUPS2):
        for ci in range(3 * w + 2):
            pair = f"v15-counter-{gi}-{ci}"
            core, cat = choose(COUNTER_CORES, pair, "core")
            kw = dict(a=choose(ADJ2, pair, "a"), n=choose(DEHUM2, pair, "n")[0], pp=choose(HARM_PP, pair, "pp"))
            q = g_of(core, G, gs, **kw)
            rows = [(q, 1, cat, tid)]
            rows.append((choose(COUNTER_QUOTE, pair, "cq").format(q=q), 0, None, tid))
            rows.append((g_of(choose(COUNTER_REF, pair, "cr"), G, gs, **kw), 0, None, tid))
            if h(pair, "x") % 2 == 0:
                rows.append((g_of(choose(COUNTER_REF, pair, "cr2"), G, gs, **kw), 0, None, tid))
            F.add(pair, "template:counter-speech", rows, st=-1)


def fam_implicit(F):
    for gi, (G, gs, tid, w) in enumerate(GROUPS2):
        for ii, (bad, good) in enumerate(pick(IMPLICIT3, 5 * w + 3, "imp3", gi)):
            pair = f"v15-implicit-{gi}-{ii}"
            rows = [(g_of(bad, G, gs), 1, "HATE.IMPLICIT_ANIMOSITY", tid), (g_of(good, G, gs), 0, None, tid)]
            if h(pair, "q") % 3 == 0:
                rows.append((f"\"{g_of(bad, G, gs).rstrip('.')}\" is a nasty stereotype and you know it", 0, None, tid))
            F.add(pair, "template:implicit3", rows)


def fam_indiv(F):
    for ii, t in enumerate(INDIV_OBJ):
        for vi in range(3 if "{" in t else 2):
            pair = f"v15-indiv-{ii}-{vi}"
            text = t.format(a=choose(ADJ2, pair, "a"), n=choose(DEHUM2, pair, "n")[0],
                            oa=choose(sorted(OBJ_ADJ), pair, "oa"))
            F.add(pair, "template:individual-object", [(text, 0, None, None)], st=h(pair, "st") % 9)


def fam_emoji(F):
    for gi, (G, gs, tid, w) in enumerate(GROUPS2):
        for ei, (bad, cat, good) in enumerate(pick(EMOJI, 2 * w + 1, "emo", gi)):
            pair = f"v15-emoji-{gi}-{ei}"
            rows = [(g_of(bad, G, gs), 1, cat, tid), (g_of(good, G, gs), 0, None, tid if "{G}" in good else None)]
            if h(pair, "x") % 2 == 0:
                rows.append((choose([f"{G} 💖", f"proud of my mate, a {gs} and a legend ✨", f"{G} welcome here 🤗",
                                     f"{G} 💪💪", f"stand with {G} ✊"], pair, "y"), 0, None, tid))
            F.add(pair, "template:emoji", rows, st=-1)
    for i in range(0, len(EMOJI_FIXED), 2):
        pair = f"v15-emoji-fixed-{i // 2}"
        F.add(pair, "template:emoji", [EMOJI_FIXED[i], EMOJI_FIXED[i + 1]], st=-1)


# --- Spelling noise. Applied to every third pair (by hash) to the hateful row and its twins alike.
LEET = {"a": "4", "e": "3", "i": "1", "o": "0", "s": "5"}
LEET_ALT = {"a": "@", "e": "3", "i": "1", "o": "0", "s": "$"}


def n_swap(w, k):
    if len(w) < 3:
        return None
    idx = list(range(1, len(w) - 1))
    for j in range(len(idx)):
        i = idx[(k + j) % len(idx)]
        if w[i] != w[i + 1] and w[i].isalpha() and w[i + 1].isalpha():
            return w[:i] + w[i + 1] + w[i] + w[i + 2:]
    return None


def n_drop(w, k):
    if len(w) < 4:
        return None
    i = 1 + k % (len(w) - 2)
    return w[:i] + w[i + 1:]


def n_spaced(w, k):
    return " ".join(w) if len(w) >= 3 else None


def n_leet(w, k):
    table = LEET if k % 2 == 0 else LEET_ALT
    out = "".join(table.get(c.lower(), c) for c in w)
    return out if out != w else None


NOISE = [("swap", n_swap), ("drop", n_drop), ("spaced", n_spaced), ("leet", n_leet), ("nospace", None)]


def group_token(G):
    for t in G.split():
        if t.lower() not in ("people", "person", "with", "the"):
            return t
    return G.split()[0]


def noisy(text, word, kind, fn, k):
    """text with `word` (case-insensitive, whole word) made noisy; None if the word is absent."""
    if kind == "nospace":
        words = text.split()
        if len(words) <= 6:
            squashed = "".join(c for c in text.lower() if c.isalnum() or c in "?" or ord(c) > 127)
            return ("#" + squashed) if k % 2 == 0 else squashed
        lw = [x.lower().strip(",.!?\"") for x in words]
        for i, x in enumerate(lw[:-1]):
            if x == word.lower():
                return " ".join(words[:i] + [words[i] + words[i + 1]] + words[i + 2:])
        return None
    low = text.lower()
    i = low.find(word.lower())
    while i >= 0:
        before = low[i - 1] if i > 0 else " "
        after = low[i + len(word)] if i + len(word) < len(low) else " "
        if not before.isalnum() and not after.isalnum():
            rep = fn(text[i:i + len(word)], k)
            if rep is None:
                return None
            return text[:i] + rep + text[i + len(word):]
        i = low.find(word.lower(), i + 1)
    return None


def spelling(F, groups_by_tid):
    out = []
    for pair, source, rows, kw in F.pairs:
        if pair.startswith(("v15-profnh", "v15-indiv", "v15-emoji")) or h(pair, "spell") % 3 != 0:
            continue
        kind, fn = NOISE[h(pair, "kind") % len(NOISE)]
        k = h(pair, "k")
        hate_rows = [r for r in rows if r[1] == 1]
        if not hate_rows:
            continue
        tid = hate_rows[0][3]
        G = groups_by_tid.get((pair.split("-")[2], tid))
        targets = []
        if kw and h(pair, "which") % 2 == 0:
            targets.append(kw)
        if G:
            targets.append(group_token(G))
        new = []
        for text, label, cat, t in rows:
            for word in targets:
                nt = noisy(text, word, kind, fn, k)
                if nt is not None and nt != text:
                    new.append((nt, label, cat, t))
                    break
        n_h = sum(1 for r in new if r[1] == 1)
        harmless = [r for r in new if r[1] == 0][:n_h]
        if n_h and harmless:
            out.append((pair, [r for r in new if r[1] == 1] + harmless))
    return out


def v15_rows():
    F = Fam()
    fam_emotion(F)
    fam_attribute(F)
    fam_dehum(F)
    fam_threat(F)
    fam_normative(F)
    fam_negpos(F)
    fam_pronoun(F)
    fam_question(F)
    fam_opinion(F)
    fam_profanity(F)
    fam_counter(F)
    fam_implicit(F)
    fam_indiv(F)
    fam_emoji(F)
    groups_by_tid = {(str(gi), tid): G for gi, (G, gs, tid, w) in enumerate(GROUPS2)}
    out = []
    for pair, source, rows, kw in F.pairs:
        for text, label, cat, tid in rows:
            out.append(row(text, label, cat, tid, pair, source))
    for pair, rows in spelling(F, groups_by_tid):
        for text, label, cat, tid in rows:
            out.append(row(text, label, cat, tid, pair, "template:spelling"))
    return [r for r in out if not threat_at_unprotected(r)]


# A threat or death wish is not hate when its target is not a protected group, but it is still
# violent speech: never teach the model that it is harmless. Drops such harmless rows (target
# null) from the pronoun families; harmless violent idioms ("I'd kill for a cup of tea") stay.
THREAT_WORDS = re.compile(
    r"\b(shot|shoot|die|dead|kill|killed|hang|hanged|stab|stabbed|burn|burned|gassed|"
    r"drowned|wiped|beaten|lined up)\b", re.IGNORECASE)


def threat_at_unprotected(r):
    return (r["label"] == 0 and r["target"] is None and r["source"].startswith("template:pronoun")
            and THREAT_WORDS.search(r["text"]) is not None)


def key(text):
    """Same normalisation as the trainer's de-duplication key (crates/train/src/split.rs)."""
    out, space = [], False
    for c in text.lower():
        if c.isalnum() or (ord(c) > 127 and not c.isspace()):
            if space and out:
                out.append(" ")
            space = False
            out.append(c)
        else:
            space = True
    return "".join(out)


def dedupe_new(old, new):
    """Drops new rows whose text (by the trainer's key) is already present, so no text carries two labels
    and no row is repeated."""
    seen = {key(r["text"]): r["label"] for r in old}
    kept = []
    for r in new:
        k = key(r["text"])
        if not k or k in seen:
            continue
        seen[k] = r["label"]
        kept.append(r)
    return kept


# ==========================================================================================
# --- Breadth family (v1.5, fairness). The public sets use some group names mostly in abuse
# ("Down's syndrome" as an insult, "Christians" in threads about attacks), so the model learned
# the name itself as evidence. Everyday, neutral and warm sentences about a wide list of groups,
# with a few plainly hostile twins per group so the hostile words, not the group's name, carry
# the label. Our own frames; the fairness templates in testdata/fairness/ are not used here.

BREADTH_GROUPS = [
    ("people with Down's syndrome", "a person with Down's syndrome", "TG.DISABILITY.LEARNING"),
    ("people with Down syndrome", "a child with Down syndrome", "TG.DISABILITY.LEARNING"),
    ("people with learning disabilities", "a man with a learning disability", "TG.DISABILITY.LEARNING"),
    ("people with ADHD", "a teenager with ADHD", "TG.DISABILITY.NEURODIVERGENT"),
    ("people with dyslexia", "a girl with dyslexia", "TG.DISABILITY.NEURODIVERGENT"),
    ("people with schizophrenia", "a woman with schizophrenia", "TG.DISABILITY.MENTAL_HEALTH"),
    ("people with bipolar disorder", "a man with bipolar disorder", "TG.DISABILITY.MENTAL_HEALTH"),
    ("people with depression", "someone with depression", "TG.DISABILITY.MENTAL_HEALTH"),
    ("blind people", "a blind man", "TG.DISABILITY.PHYSICAL"),
    ("people with cerebral palsy", "a boy with cerebral palsy", "TG.DISABILITY.PHYSICAL"),
    ("Christians", "a Christian", "TG.RELIGION.CHRISTIAN"),
    ("Catholics", "a Catholic", "TG.RELIGION.CHRISTIAN"),
    ("Buddhists", "a Buddhist", "TG.RELIGION.OTHER"),
    ("people of faith", "a person of faith", "TG.RELIGION"),
    ("white people", "a white man", "TG.RACE.WHITE"),
    ("mixed-race people", "a mixed-race woman", "TG.RACE.OTHER"),
    ("Koreans", "a Korean student", "TG.RACE.EAST_ASIAN"),
    ("British Bangladeshis", "a British Bangladeshi", "TG.RACE.SOUTH_ASIAN"),
    ("Irish Travellers", "an Irish Traveller", "TG.RACE.GYPSY_ROMA_TRAVELLER"),
    ("Latinos", "a Latino", "TG.RACE.LATINO"),
    ("queer people", "a queer person", "TG.SEXUAL_ORIENTATION.LGBTQ"),
    ("LGBT people", "an LGBT teenager", "TG.SEXUAL_ORIENTATION.LGBTQ"),
    ("men", "a man", "TG.SEX_GENDER"),
    ("girls", "a girl", "TG.SEX_GENDER.WOMEN"),
    ("older people", "an older woman", "TG.AGE"),
    ("people living with HIV", "a man living with HIV", "TG.SERIOUS_DISEASE"),
    ("veterans", "a veteran", "TG.VETERAN"),
    ("Dalits", "a Dalit", "TG.CASTE"),
]

BREADTH_HARMLESS = [
    "My cousin works with {G} at a day centre in Hull",
    "{G} were on the radio this morning talking about housing",
    "The new film was made by {G} and it is lovely",
    "Our choir welcomed {gs} last week",
    "{gs} won the quiz at the pub on Thursday",
    "I sat next to {gs} on the train and we chatted all the way to York",
    "{G} can get free advice at the library on Tuesdays",
    "The school trip was organised with help from {G}",
    "We should listen to {G} more",
    "{G} deserve good jobs and good homes like everyone",
    "Big congratulations to {gs} who finished the marathon",
    "{G} are some of the funniest people I know",
    "The survey found that {G} wait longer for a GP appointment",
    "Support for {G} has been cut again, which is shameful",
    "What is it like being {gs} in a small town?",
    "{G} live all over Britain, in cities and villages",
    "{G} from across the region met in Derby on Saturday",
    "A lot of {G} volunteer at the hospice",
    "The museum has a new exhibition about {G} in Victorian London",
    "{gs} runs the allotment society and grows the best leeks",
    "There is a WhatsApp group for {G} in our area",
    "{G} took part in the consultation on the new bypass",
    "The bakery on the corner is run by {G}",
    "{G} shared their stories at the library event",
    "I learned a lot from {G} at the community fair",
]

BREADTH_HATEFUL = [
    ("{G} are a burden and should not exist", "HATE.DEROGATION"),
    ("{G} are worthless vermin", "HATE.DEHUMANISATION"),
    ("I hate {G}, every single one", "HATE.DEROGATION"),
    ("{G} should be locked away from decent people", "HATE.EXCLUSION_CALL"),
]


def breadth_rows():
    out = []
    for gi, (g, gs, tid) in enumerate(BREADTH_GROUPS):
        for fi, frame in enumerate(BREADTH_HARMLESS):
            text = cap(frame.format(G=g, gs=gs))
            out.append(row(text, 0, None, tid, f"breadth-{gi}-{fi}", "template:breadth"))
        for fi, (frame, category) in enumerate(BREADTH_HATEFUL):
            text = cap(frame.format(G=g, gs=gs))
            out.append(row(text, 1, category, tid, f"breadth-h-{gi}-{fi}", "template:breadth"))
    return out


# ==========================================================================================
# --- Dignity family (v1.5). After the v1.5 families the model leaned on group words next to
# words of harm or of identity: it rated affirmations ("trans men are men"), the history of a
# group's persecution, outrage at what a group suffered, questions about rights and aims "not
# yet" met as hateful. More harmless sentences of those kinds, in our own frames, over the
# second group list; each frame has a hostile twin so the frame's words stay neutral evidence.

DIGNITY_HARMLESS = [
    "{G} are {G}, and they are welcome here",
    "{G} are people, full stop",
    "{G} are human beings with the same rights as you",
    "{G} were rounded up and murdered in the 1940s and we must teach it in schools",
    "Thousands of {G} were killed in the massacre and nobody was ever charged",
    "{G} were persecuted for centuries across Europe",
    "Another group of {G} drowned in the Channel last night. Heartbreaking.",
    "What those thugs did to the {G} on the bus sickens me",
    "The way {G} were treated at the inquiry is a disgrace",
    "Three {G} were stabbed in a hate crime and the town is in shock",
    "Are {G} allowed to rent a council flat?",
    "Can {G} serve on a jury in England?",
    "Do {G} have to declare it on a job application?",
    "{G} will never be safe while the police ignore these attacks",
    "{G} won't be equal until the law protects them properly",
    "{G} still can't get proper care in most hospitals",
    "{G} have just as much right to live here as anyone else",
    "{G} belong here and always will",
    "{G} have a right to be in this country and to feel safe in it",
    "Every one of the {G} on our street has a right to be here",
    "{G} are entitled to a life here like the rest of us",
    "{G} have the right to stay, and I will say so to anyone",
]

DIGNITY_HATEFUL = [
    ("{G} are not people, they are animals", "HATE.DEHUMANISATION"),
    ("Shame more {G} didn't drown in the Channel", "HATE.THREAT"),
    ("{G} deserved everything they got in the 1940s", "HATE.IMPLICIT_ANIMOSITY"),
    ("Should {G} even be allowed to breed?", "HATE.DEROGATION"),
]


def dignity_rows():
    out = []
    for gi, (g, gs, tid, _weight) in enumerate(GROUPS2):
        for fi, frame in enumerate(DIGNITY_HARMLESS):
            text = cap(frame.format(G=g))
            out.append(row(text, 0, None, tid, f"dignity-{gi}-{fi}", "template:dignity"))
        for fi, (frame, category) in enumerate(DIGNITY_HATEFUL):
            text = cap(frame.format(G=g))
            out.append(row(text, 1, category, tid, f"dignity-h-{gi}-{fi}", "template:dignity"))
    # Gender-identity affirmations in their own words.
    for fi, text in enumerate([
        "Trans men are men", "Trans men are men and that's that", "Non-binary people are real",
        "Trans women are women and they belong in women's spaces", "Lesbians are women too",
        "Trans kids are kids, leave them alone", "Trans people are who they say they are",
    ]):
        out.append(row(text, 0, None, "TG.TRANSGENDER", f"dignity-t-{fi}", "template:dignity"))
    return out


# ==========================================================================================
# --- Everyday family (v1.5). The v1.5 families give the main groups many hateful frames whose
# harmless twins mostly repeat the hostile words (negated, quoted, condemned), so the retrained
# model came to read a bare mention of a group ("we are a group of ...", "I work with many
# ...") as hateful. The breadth family's everyday sentences, plus a few more, over the second
# group list: plain mentions with nothing hostile in them.

EVERYDAY_EXTRA = [
    "We are {G} and we run a youth club on Fridays",
    "I work with lots of {G} and we get on fine",
    "{G} contribute a great deal to this country",
    "Most of my friends at uni were {G}",
    "There were {G} at the meeting and they had good ideas",
    "{G} are part of every walk of life here",
]


def everyday_rows():
    out = []
    for gi, (g, gs, tid, _weight) in enumerate(GROUPS2):
        for fi, frame in enumerate(BREADTH_HARMLESS + EVERYDAY_EXTRA):
            text = cap(frame.format(G=g, gs="a " + gs if gs[:1].lower() not in "aeiou" else "an " + gs))
            out.append(row(text, 0, None, tid, f"everyday-{gi}-{fi}", "template:everyday"))
    return out


if __name__ == "__main__":
    main()
