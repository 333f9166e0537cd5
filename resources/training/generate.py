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
    for r in out:
        sys.stdout.write(json.dumps(r, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
