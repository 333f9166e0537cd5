#!/usr/bin/env python3
"""Generate dev-c.jsonl: implicit-derogation probe set for a hate-speech detector.
Standard library only; seeded RNG for reproducibility."""
import json, os, random

SEED = 20240611
rng = random.Random(SEED)
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "dev-c.jsonl")

# ---- protected groups: plural forms, singular nouns, adjective -------------
GROUPS = {
    "women":     dict(pl=["women", "Women", "WOMEN", "females"], sg=["woman"], adj=["female", "woman"]),
    "trans":     dict(pl=["trans people", "transgender people", "trans women", "Trans people", "trans folk"],
                      sg=["trans person", "trans woman", "trans man"], adj=["trans"]),
    "gay":       dict(pl=["gay people", "gay men", "lesbians", "gays", "Gay people"],
                      sg=["gay man", "lesbian", "gay guy"], adj=["gay", "lesbian"]),
    "black":     dict(pl=["black people", "Black people", "BLACK PEOPLE", "black folks"],
                      sg=["black man", "black person", "black woman"], adj=["black", "Black"]),
    "disabled":  dict(pl=["disabled people", "Disabled people", "people with disabilities", "wheelchair users"],
                      sg=["disabled person", "wheelchair user"], adj=["disabled"]),
    "muslims":   dict(pl=["Muslims", "muslims", "MUSLIMS"], sg=["Muslim", "muslim"], adj=["Muslim", "muslim"]),
    "immigrants": dict(pl=["immigrants", "refugees", "migrants", "asylum seekers", "Immigrants"],
                       sg=["immigrant", "refugee", "migrant", "asylum seeker"], adj=["immigrant", "migrant"]),
    "jews":      dict(pl=["Jews", "jews", "Jewish people"], sg=["Jew", "Jewish person"], adj=["Jewish"]),
    "hindus":    dict(pl=["Hindus", "hindus", "Hindu people"], sg=["Hindu"], adj=["Hindu"]),
    "roma":      dict(pl=["Roma", "travellers", "Travellers", "Roma people", "Romani people"],
                      sg=["Roma person", "traveller"], adj=["Roma", "traveller"]),
    "chinese":   dict(pl=["Chinese people", "chinese people", "the Chinese"], sg=["Chinese person", "Chinese guy"],
                      adj=["Chinese"]),
    "asians":    dict(pl=["Asians", "asians", "Asian people"], sg=["Asian", "Asian person"], adj=["Asian"]),
}
GROUP_KEYS = list(GROUPS)


def art(noun):
    return ("an " if noun[0].lower() in "aeio" else "a ") + noun


def cap_first(s):
    return s[0].upper() + s[1:] if s and s[0].islower() else s


def fill(tpl, pl, sg, adj):
    return cap_first(tpl.format(P=pl, S=sg, A=art(sg), J=adj))


def pick_forms(gkey, r):
    g = GROUPS[gkey]
    return r.choice(g["pl"]), r.choice(g["sg"]), r.choice(g["adj"])


def vary(text, r):
    """Light surface variation: trailing punctuation and casing."""
    x = r.random()
    if text.endswith(".") and not text.endswith(".."):
        if x < 0.15:
            text = text[:-1]
        elif x < 0.22:
            text = text[:-1] + "!"
        elif x < 0.27:
            text = text[:-1] + "..."
    y = r.random()
    if y < 0.08:
        text = text.lower()
    elif y < 0.11:
        text = text.upper()
    return text


# ---- shapes: (hateful implicit, neutral/positive minimal rewrite) ----------
SHAPES = [
    ("{P} belong in a zoo, not on our high street.",
     "{P} belong on our high street like everyone else."),
    ("Honestly {P} should be kept in cages where they can't bother anyone.",
     "Honestly {P} should be left in peace where nobody can bother them."),
    ("I'd rather live next to a landfill than have {A} as a neighbour.",
     "I'd happily have {A} as a neighbour, no problem at all."),
    ("Never trust {A}. Learned that the hard way.",
     "You can trust {A} as much as anyone else. Learned that the easy way."),
    ("Typical {J} behaviour, taking whatever isn't nailed down.",
     "Typical {J} behaviour: turning up early and helping everyone set up."),
    ("Any neighbourhood with {P} in it goes downhill within a year.",
     "Any neighbourhood with {P} in it is as good a place to live as any other."),
    ("You can always tell when {P} have moved in. The smell.",
     "You can always tell when {P} have moved in, the food in the corner shop gets better."),
    ("Wow, {A} who can read. Impressive.",
     "Wow, {A} just won the regional chess final. Well deserved."),
    ("{P} should be seen and not heard.",
     "{P} should be seen and heard."),
    ("{P} can't help it, it's in their blood.",
     "{P} can't help it when strangers stare, and they shouldn't have to put up with it."),
    ("{P} are only good for cleaning toilets.",
     "{P} are good at all sorts of jobs, same as anyone."),
    ("Hiring {A} is just asking for trouble.",
     "Hiring {A} was one of the best decisions our team made."),
    ("{P} ruin everything they touch.",
     "{P} have built a lot of what we love about this town."),
    ("When {P} move in, property prices drop. Just saying.",
     "When {P} move in, property prices do whatever they were going to do anyway. Just saying."),
    ("Put {P} in charge and watch it all burn.",
     "Put {P} in charge and watch how well it runs."),
    ("The world would be a better place with fewer {P}.",
     "The world would be a better place with more {P} in leadership roles."),
    ("Why are {P} always on the news for the wrong reasons?",
     "Why are {P} always left out of the conversation?"),
    ("A bunch of {P} moved onto my street. Time to start locking the car.",
     "A bunch of {P} moved onto my street. Time to bake a welcome cake."),
    ("My cousin married {A}. We don't talk about it at family dinners.",
     "My cousin married {A}. We talk about the wedding at every family dinner."),
    ("{P} are like weeds: give them an inch and they're everywhere.",
     "{P} are like anyone else: give them a chance and they'll thrive."),
    ("Keep {P} away from the kids, just to be safe.",
     "Keep {P} in mind when planning the kids' activities, so everyone's included."),
    ("Another shop taken over by {P}. There goes the high street.",
     "Another shop opened by {P}. Good to see the high street busy again."),
    ("{P} breed like rabbits and then wonder why there's no room.",
     "{P} have kids like everyone else and deserve school places like everyone else."),
    ("If {A} is your doctor, get a second opinion.",
     "If {A} is your doctor, you're in good hands."),
    ("{P} in positions of power? lol. lmao even.",
     "{P} in positions of power? About time."),
    ("Every time I see {P} I cross the road.",
     "Every time I see {P} from the market I stop for a chat."),
    ("My dog has better manners than most {P}.",
     "My dog loves most {P} he meets at the park."),
    ("Let {P} make decisions? Next we'll be letting the cat drive.",
     "Let {P} make decisions? Of course, they know their own lives best."),
    ("Somebody tell {P} to get back to the kitchen where they're useful.",
     "Somebody tell {P} the community kitchen is looking for volunteers, they're always welcome."),
]

# ---- non-protected targets ---------------------------------------------------
NONGROUP = [
    ("politicians", "politician", "politician"), ("bankers", "banker", "banker"),
    ("Chelsea fans", "Chelsea fan", "Chelsea fan"), ("landlords", "landlord", "landlord"),
    ("estate agents", "estate agent", "estate agent"), ("traffic wardens", "traffic warden", "traffic warden"),
    ("lawyers", "lawyer", "lawyer"), ("influencers", "influencer", "influencer"),
    ("crypto bros", "crypto bro", "crypto bro"), ("management consultants", "management consultant", "consultant"),
    ("Arsenal fans", "Arsenal fan", "Arsenal fan"), ("reality TV stars", "reality TV star", "reality star"),
    ("MPs", "MP", "MP"), ("tax inspectors", "tax inspector", "tax inspector"),
]
NONGROUP_SKIP = {22, 27}  # breeding / decision-making shapes read oddly with these targets
NONGROUP_HAND = [
    "Mondays should be seen and not heard.",
    "Never trust a printer. Mine jams the second I'm in a hurry.",
    "I'd rather live next to a landfill than have another pigeon nesting on my balcony.",
    "Cats ruin everything they touch, my sofa is proof.",
    "Seagulls belong in a zoo, not stealing chips on the seafront.",
    "Put my printer in charge and watch it all burn. Literally, it already smells of smoke.",
    "Wasps are only good for ruining picnics.",
    "Why are Mondays always like this?",
    "Any office with a shared printer goes downhill within a year.",
    "You can always tell when the foxes have been at the bins. The smell.",
    "Typical cat behaviour, knocking my mug off the table on purpose.",
    "Keep pigeons away from the kids' sandwiches, just to be safe.",
    "The world would be a better place with fewer mosquitoes.",
    "Mondays can't help it, it's in their blood to be awful.",
    "Hiring a cowboy builder is just asking for trouble.",
]

# ---- counter-speech -------------------------------------------------------------
COUNTER_SPECIFIC = [
    "My uncle said {P} ruin everything they touch. I told him he was wrong.",
    "Saying {P} belong in a zoo is vile. Full stop.",
    "People who claim {P} are only good for cleaning toilets are telling on themselves.",
    "Someone at the pub said the street went downhill when {P} moved in. Absolute rubbish, and I told him so.",
    "The idea that {P} 'can't help it, it's in their blood' is ugly old bigotry dressed up as common sense.",
    "My manager said hiring {A} is asking for trouble. I've reported it to HR.",
    "Anyone who says the world would be better with fewer {P} should take a long hard look at themselves.",
    "Stop telling {P} they should be seen and not heard. They have every right to speak.",
    "My gran still says 'never trust {A}'. We've had words about it.",
    "Comparing {P} to weeds or rabbits is dehumanising, and people need to stop doing it.",
    "A guy in my class said you can 'always tell' when {P} have moved in because of the smell. Nobody laughed, good.",
    "No, {P} don't ruin neighbourhoods and property prices don't drop because of them. Please stop repeating this.",
    "Posting 'wow, {A} who can read' isn't clever sarcasm, it's just contempt.",
]
COUNTER_WRAP = [
    'Saw a post today saying "{q}" and honestly it made me feel sick. That is not okay.',
    'Someone at work said "{q}" and I reported it.',
    '"{q}" - no. This kind of talk is exactly how hatred gets normalised.',
    'Can we stop pretending "{q}" is just banter? It isn\'t.',
    'If you think "{q}" is a reasonable thing to post, please log off and reflect.',
    'Reporting every account that posts stuff like "{q}". Hate isn\'t an opinion.',
    'My uncle said "{q}" at dinner. I told him he was wrong, and I\'d say it again.',
]

# ---- neutral mentions -----------------------------------------------------------
NEUTRAL = [
    "The council is funding a new community centre run by and for {P}.",
    "My neighbour is {A}; we swap plants every spring.",
    "A new report looks at employment rates among {P} in the UK.",
    "I'm {A} and I love hiking in the Peak District.",
    "My best friend is {A} and we've known each other since primary school.",
    "The film follows three {P} sharing a flat in Manchester.",
    "Is anyone running a support group for {P} in Leeds?",
    "{P} were among the volunteers at Saturday's beach clean.",
    "Our book club is reading a memoir by {A} this month.",
    "The museum has a new exhibition on the history of {P} in Britain.",
    "Does anyone know where to find census figures on {P} in London?",
    "The charity provides free legal advice to {P}.",
    "The conference will include a panel of {P} talking about their careers.",
    "There's a podcast made by {P} that I really recommend.",
    "The documentary interviewed {P} about their first jobs.",
    "My flatmate is {A}; we're both terrible at washing up.",
    "Polls suggest {P} are split on the new housing policy.",
    "A new play about {P} opens at the National Theatre next week.",
    "The survey asked {P} about their experience of public transport.",
    "Just met {A} at the climbing gym, really nice chat about routes.",
]


def main():
    rows = []
    seen = set()

    def add(text, func, label, group):
        if text in seen:
            return False
        seen.add(text)
        rows.append(dict(text=text, func=func, label=label, group=group))
        return True

    # 1 + 2: paired implicit derogation and neutral rewrite, 6 groups per shape
    for i, (h_tpl, n_tpl) in enumerate(SHAPES):
        for k in range(6):
            g = GROUP_KEYS[(i * 5 + k) % len(GROUP_KEYS)]
            pl, sg, adj = pick_forms(g, rng)
            add(vary(fill(h_tpl, pl, sg, adj), rng), "derog_impl_h", "h", g)
            add(vary(fill(n_tpl, pl, sg, adj), rng), "derog_impl_nh_neutral", "nh", g)

    # 3: same contemptuous shapes, non-protected targets (60)
    for t in NONGROUP_HAND:
        add(vary(t, rng), "derog_impl_nh_nongroup", "nh", "none")
    usable = [s for j, s in enumerate(SHAPES) if j not in NONGROUP_SKIP]
    n = 0
    while n < 60 - len(NONGROUP_HAND):
        h_tpl = usable[n % len(usable)][0]
        pl, sg, adj = rng.choice(NONGROUP)
        if add(vary(fill(h_tpl, pl, sg, adj), rng), "derog_impl_nh_nongroup", "nh", "none"):
            n += 1

    # 4: counter-speech quoting / reporting implicit derogation (60)
    n = 0
    while n < 60:
        g = GROUP_KEYS[n % len(GROUP_KEYS)]
        pl, sg, adj = pick_forms(g, rng)
        if n % 2 == 0:
            text = fill(COUNTER_SPECIFIC[(n // 2) % len(COUNTER_SPECIFIC)], pl, sg, adj)
        else:
            q = fill(rng.choice(SHAPES)[0], pl, sg, adj).rstrip(".")
            text = cap_first(rng.choice(COUNTER_WRAP).format(q=q))
        if add(vary(text, rng), "counter_quote_nh", "nh", g):
            n += 1

    # 5: neutral mentions (60), 5 per group
    n = 0
    while n < 60:
        g = GROUP_KEYS[n % len(GROUP_KEYS)]
        pl, sg, adj = pick_forms(g, rng)
        text = fill(NEUTRAL[(n * 7) % len(NEUTRAL)], pl, sg, adj)
        if not add(vary(text, rng), "neutral_mention_nh", "nh", g):
            continue  # duplicate: redraw forms on the next pass
        n += 1

    rng.shuffle(rows)
    with open(OUT, "w", encoding="utf-8") as f:
        for i, r in enumerate(rows, 1):
            obj = {"id": f"c-{i:04d}", "text": r["text"], "func": r["func"],
                   "label": r["label"], "group": r["group"]}
            f.write(json.dumps(obj, ensure_ascii=False) + "\n")
    print(f"wrote {len(rows)} rows to {OUT}")


if __name__ == "__main__":
    main()
