#!/usr/bin/env python3
"""Generate dev-h.jsonl: a probe set for IMPLICIT derogation of protected groups.

Functionalities:
  derog_impl_h        implicit contempt / inferiority / disgust, no slurs, no
                      explicit insults, no threats                 (label h)
  derog_impl_twin_nh  minimal harmless rewrites of the hateful cases (label nh)
  nonprot_nh          the same implicit shapes aimed at non-protected targets
  counter_nh          quoting / reporting such remarks in order to criticise them
  neutral_mention_nh  plain everyday mentions of the groups

Standard library only; deterministic (random.Random(31)).
Usage: python3 gen-dev-h.py   (writes dev-h.jsonl next to this script)
"""
import json
import os
import random
from collections import Counter

rng = random.Random(31)

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "dev-h.jsonl")

# ---------------------------------------------------------------------------
# Group wordings.  P = plural noun, A = singular with article,
# J = adjective / attributive form, AJ = adjective with article.
# ---------------------------------------------------------------------------
def g(P, A, J, AJ):
    return {"P": P, "A": A, "J": J, "AJ": AJ}

GROUPS = {
    "W": ("women", [
        g("women", "a woman", "female", "a female"),
    ]),
    "T": ("trans", [
        g("trans people", "a trans person", "trans", "a trans"),
        g("trans women", "a trans woman", "trans", "a trans"),
        g("transgender people", "a transgender person", "transgender", "a transgender"),
    ]),
    "G": ("gay", [
        g("gay people", "a gay man", "gay", "a gay"),
        g("gay men", "a gay man", "gay", "a gay"),
        g("lesbians", "a lesbian", "lesbian", "a lesbian"),
    ]),
    "B": ("black", [
        g("black people", "a black person", "black", "a black"),
        g("Black people", "a Black man", "Black", "a Black"),
    ]),
    "D": ("disabled", [
        g("disabled people", "a disabled person", "disabled", "a disabled"),
        g("wheelchair users", "a wheelchair user", "disabled", "a disabled"),
        g("people with learning disabilities", "someone with a learning disability",
          "disabled", "a disabled"),
    ]),
    "M": ("muslims", [
        g("Muslims", "a Muslim", "Muslim", "a Muslim"),
        g("Muslim women", "a Muslim woman", "Muslim", "a Muslim"),
    ]),
    "I": ("immigrants", [
        g("immigrants", "an immigrant", "immigrant", "an immigrant"),
        g("refugees", "a refugee", "refugee", "a refugee"),
        g("migrants", "a migrant", "migrant", "a migrant"),
    ]),
    "J": ("jews", [
        g("Jews", "a Jew", "Jewish", "a Jewish"),
        g("Jewish people", "a Jewish person", "Jewish", "a Jewish"),
    ]),
    "R": ("travellers", [
        g("Gypsies", "a Gypsy", "Gypsy", "a Gypsy"),
        g("Travellers", "a Traveller", "Traveller", "a Traveller"),
        g("Roma people", "a Roma person", "Roma", "a Roma"),
    ]),
    "A": ("asians", [
        g("Asians", "an Asian", "Asian", "an Asian"),
        g("Asian people", "an Asian person", "Asian", "an Asian"),
        g("Chinese people", "a Chinese person", "Chinese", "a Chinese"),
    ]),
}

# ---------------------------------------------------------------------------
# Implicit shapes: (hateful template, [harmless twin templates], group keys)
# Twin templates alternate between respectful and plain-neutral rewrites.
# ---------------------------------------------------------------------------
SHAPES = [
    ("{P} belong in their own countries, not here.",
     ["{P} belong here as much as anyone else.",
      "{P} have been part of this country for generations."],
     "MIAJ"),
    ("I'd honestly rather sleep on the street than share a flat with {A}.",
     ["I'd honestly love to share a flat with {A} again, best flatmate I ever had.",
      "I shared a flat with {A} at uni for two years."],
     "TGJM"),
    ("I'd never let {A} anywhere near my children.",
     ["I'd happily let {A} look after my children.",
      "My children's swimming coach is {A}."],
     "GTJR"),
    ("Not letting {P} into my shop again, you know how it always ends.",
     ["{P} are welcome in my shop like any other customers.",
      "Had a few {J} customers in my shop again today."],
     "RJI"),
    ("You can tell a neighbourhood is going downhill when the {P} start moving in.",
     ["You can tell a neighbourhood is thriving when all sorts of people, {P} included, start moving in.",
      "A few {J} families have started moving into our neighbourhood."],
     "BIMA"),
    ("Would you really trust {A} to do your surgery? Me neither.",
     ["Would you trust {A} to do your surgery? Of course, if they're qualified.",
      "My operation last year was done by {A}."],
     "WBDT"),
    ("{P} just aren't capable of running anything properly.",
     ["{P} are just as capable of running things properly as anyone.",
      "{P} run all sorts of things, from corner shops to councils."],
     "WGDT"),
    ("Funny how every time something gets nicked round here there's {A} nearby.",
     ["Funny how every time there's a street party round here, there's {A} helping organise it.",
      "Funny how every time I go to the corner shop I bump into {A} I know from school."],
     "RBI"),
    ("Never met {A} you could actually trust.",
     ["Never met {A} before I moved to the city.",
      "I've met plenty of {P} I'd trust with my house keys."],
     "MRJI"),
    ("They're all the same, {P}. Meet one and you've met them all.",
     ["{P} aren't all the same, any more than anyone else is.",
      "Met some {J} students at the open day, all studying different things."],
     "AMJR"),
    ("Wow, {A} who actually turned up to work on time. Someone call the news.",
     ["Wow, my {J} colleague got promoted today. Well deserved.",
      "My {J} colleague turned up to work early again today."],
     "BIRD"),
    ("{A} who can actually speak properly, that makes a nice change.",
     ["Our {J} colleague gave a brilliant talk today, really well spoken.",
      "Our {J} colleague gave a talk at the team meeting today."],
     "BIAD"),
    ("Honestly quite clever for {A}, to be fair.",
     ["My {J} study partner is the cleverest person on our course.",
      "My study partner at college was {A}."],
     "WGRD"),
    ("{P} should know their place and stop asking for more.",
     ["{P} should feel free to ask for what they need, like anyone else.",
      "{P} asked the council for more funding for the community centre."],
     "WBGD"),
    ("{P} were better off when they kept quiet and stayed out of sight.",
     ["{P} should never have to keep quiet or stay out of sight.",
      "{P} have been speaking up about it for years."],
     "GTWD"),
    ("Is {A} even fully human? Genuine question.",
     ["Is there {AJ} community centre near here? Genuine question, my friend just moved.",
      "Is {A} allowed to join the parish choir? Genuine question, we'd love more voices."],
     "TJRM"),
    ("I'd take a pay cut before I'd work under {AJ} manager.",
     ["I'd take a pay cut to keep working under my {J} manager, they're brilliant.",
      "I've worked under {AJ} manager for three years now."],
     "WTGM"),
    ("Every country that lets {P} in ends up worse for it.",
     ["Every country that welcomes {P} gains something from it.",
      "Lots of countries have taken in {P} over the years."],
     "MIJ"),
    ("{AJ} family moved in next door. Time to sell up.",
     ["{AJ} family moved in next door. Time to bake them a welcome cake.",
      "{AJ} family moved in next door last spring."],
     "JMRA"),
    ("Ever since we started hiring {P}, nothing gets done properly.",
     ["Ever since we started hiring more {P}, the team has got stronger.",
      "We started hiring more {P} last year through the new scheme."],
     "WDIT"),
    ("Lying is just in their blood. You can't change {P}.",
     ["Nothing is 'in the blood' with {P}, people are individuals.",
      "Music is in their blood, my {J} neighbours play every weekend."],
     "RJM"),
    ("{P} shouldn't be allowed to vote, they don't understand how this country works.",
     ["{P} have every right to vote, same as everybody.",
      "{P} turned out to vote in big numbers at the last election."],
     "WIDT"),
    ("I wouldn't let my daughter marry {A}. Some lines you don't cross.",
     ["My daughter is marrying {A} next summer and we couldn't be happier.",
      "My daughter married {A} a few years ago."],
     "BMJR"),
    ("{P} are fine, as long as they stay in their own areas.",
     ["{P} are free to live wherever they like, same as anyone.",
      "{P} live in all sorts of areas round here."],
     "BAJR"),
    ("The more {P} you see in town, the less it feels like home.",
     ["The more {P} I get to know in town, the more it feels like home.",
      "You see more {P} in town on market day."],
     "MIGA"),
    ("Keep {P} off the team, they just slow everyone down.",
     ["Keep {P} on the team, they've brought loads to it.",
      "There are three {J} players on the team this season."],
     "DWTG"),
    ("{A} in charge of anything important? Pull the other one.",
     ["{A} in charge of the whole department? Brilliant, and about time.",
      "{A} has been put in charge of the new project."],
     "WDBT"),
    ("Honestly {P} should be grateful we even let them stay.",
     ["Honestly it's good that {P} feel they can stay and settle here.",
      "Lots of {P} have stayed and settled in this town."],
     "IMR"),
    ("You can always smell when {A} has been in the lift.",
     ["You can always smell when my {J} neighbour has been cooking, and it's amazing.",
      "My {J} neighbour and I always chat in the lift."],
     "ARIJ"),
    ("I wash my hands after shaking hands with {A}. Just to be safe.",
     ["I shook hands with {A} at the conference today, lovely chat.",
      "I shook hands with {A} at my cousin's wedding."],
     "GJRT"),
    ("Name one place that got better after {P} moved in. I'll wait.",
     ["Loads of places got better after {P} moved in, our high street for a start.",
      "Lots of {P} moved into our area in the nineties."],
     "RMIB"),
    ("We had {AJ} doctor once. Never again.",
     ["We had {AJ} doctor once. Best GP we've ever had.",
      "We had {AJ} doctor at our surgery for years."],
     "WBTA"),
    ("{P} were never meant to be in charge. Nature made it that way.",
     ["{P} can be in charge like anyone else, nothing in nature says otherwise.",
      "{P} have been in charge of plenty of organisations."],
     "WBD"),
    ("Can't believe they're letting {P} teach children now.",
     ["Glad they're encouraging more {P} to teach children now.",
      "Our school has a couple of {J} teachers now."],
     "GTMD"),
    ("Sad to see what this country's become. {Pc} everywhere you look.",
     ["Nice to see what this country's become, {P} in every walk of life.",
      "{P} have lived in every part of this country for a long time."],
     "MIAB"),
    ("I'll use the other till, thanks. Not being served by {A}.",
     ["I was served by {A} at the other till, really helpful.",
      "The person on the other till was {A}."],
     "MGTA"),
    ("Back in my day {P} wouldn't dare show their faces in a decent pub.",
     ["Back in my day {P} were often turned away from pubs. Glad that's changed.",
      "Back in my day there were a couple of {J} regulars in our local."],
     "GBRD"),
    ("{P} are basically children. They need someone to tell them what to do.",
     ["{P} are adults who can decide for themselves what to do.",
      "{P} told the council what they wanted at the consultation."],
     "WDB"),
    ("Of course the {J} candidate got the job. Ticking boxes again.",
     ["Of course the {J} candidate got the job, they were the best qualified.",
      "The {J} candidate started the job on Monday."],
     "BDWG"),
    ("Wouldn't buy a used car off {A}, you know what they're like.",
     ["Bought a used car off {A} last month, runs perfectly.",
      "My uncle bought a used car off {A} down the road."],
     "RJAI"),
    ("Just saying, house prices drop when {P} move in.",
     ["Just saying, house prices have nothing to do with {P} moving in.",
      "Just saying, plenty of {P} have bought houses on our street."],
     "BMIA"),
    ("Let {P} have their own schools, just keep them away from ours.",
     ["{J} children should be welcome in every school, ours included.",
      "{J} children go to schools all over the county."],
     "MJDR"),
    ("If {A} sits next to me on the bus I move seats.",
     ["If {A} sits next to me on the bus I usually end up having a chat.",
      "{A} sat next to me on the bus this morning."],
     "MATR"),
    ("Only reason {P} get anywhere is because someone feels sorry for them.",
     ["{P} get where they are through hard work, same as anyone.",
      "Plenty of {P} have got a long way in their careers."],
     "DWBT"),
    ("{P} shouldn't be out in public. Nobody wants to see that.",
     ["{P} should feel free to be out in public like everyone else.",
      "Loads of {P} were out at the summer fair."],
     "DTG"),
    ("Another {J} family on benefits, what a surprise.",
     ["Another {J} family opened a shop on our street, lovely to see.",
      "Another {J} family joined our playgroup this week."],
     "IBR"),
]

# Trim a few group slots so the hateful set lands near 160 while keeping
# every group well represented: (shape index, group key) pairs to drop.
DROP = {(2, "R"), (6, "T"), (9, "R"), (12, "D"), (16, "M"),
        (18, "R"), (4, "M"), (30, "B"), (34, "B"), (33, "M"), (43, "T")}

# ---------------------------------------------------------------------------
NONPROT = [
    "Pigeons belong on farms, not on my balcony.",
    "I'd honestly rather sleep on the street than rent from that landlord again.",
    "I'd never let an estate agent anywhere near my mum's house sale again.",
    "Not letting Chelsea fans into my pub again, you know how it always ends.",
    "You can tell a high street is going downhill when the estate agents start moving in.",
    "Would you really trust that printer with your thesis? Me neither.",
    "Politicians just aren't capable of running anything properly.",
    "Funny how every time the bins get raided there's a fox nearby.",
    "Never met an estate agent you could actually trust.",
    "They're all the same, politicians. Meet one and you've met them all.",
    "Wow, a train that actually turned up on time. Someone call the news.",
    "A Chelsea fan who can actually take a joke, that makes a nice change.",
    "Wasps should know their place and stay out of my kitchen.",
    "That waiter should know his place, he was rude to my gran all night.",
    "Is that waiter even capable of smiling? Genuine question.",
    "I'd take a pay cut before I'd work under that manager again.",
    "Every town that lets the big supermarkets in ends up worse for it.",
    "A Chelsea fan moved in next door. Time to sell up.",
    "Ever since we got the new printer, nothing gets done properly.",
    "Cyclists shouldn't be allowed on the pavement, they don't understand how it works.",
    "I wouldn't let my daughter marry a Chelsea fan. Some lines you don't cross.",
    "Cyclists are fine, as long as they stay in their own lanes.",
    "The more chain coffee shops you see in town, the less it feels like home.",
    "Keep that printer off the network, it just slows everyone down.",
    "That waiter in charge of anything important? Pull the other one.",
    "Honestly, landlords should be grateful anyone rents those damp flats.",
    "You can always smell when the bin lorry has been down the road.",
    "I wash my hands after touching the office printer. Just to be safe.",
    "Name one high street that got better after the estate agents moved in. I'll wait.",
    "We had a Chelsea fan as best man once. Never again.",
    "Can't believe they're letting politicians near the school curriculum now.",
    "Sad to see what this high street's become. Vape shops everywhere you look.",
    "I'll sit in the other section, thanks. Not being served by that rude waiter again.",
    "Back in my day pigeons wouldn't dare come inside the station.",
    "Politicians are basically children. They need someone to tell them what to do.",
    "Of course the chairman's nephew got the job. Nepotism again.",
    "Wouldn't buy a used car off an estate agent, you know what they're like.",
    "Just saying, house prices drop when a motorway gets built nearby.",
    "If a wasp lands next to me on the bus I move seats.",
    "Only reason that printer still works is because someone feels sorry for it.",
    "Another politician caught fiddling expenses, what a surprise.",
    "Landlords were better off when tenants kept quiet, and they know it.",
    "Wasps were never meant to be indoors. Nature made them for gardens.",
    "Cyclists in charge of the road layout? Pull the other one.",
    "Is a landlord even capable of fixing a boiler? Genuine question.",
    "Wow, a landlord who actually returned a deposit. Someone call the news.",
    "Pigeons ruin every station they move into.",
    "You can tell a pub has gone downhill when the Chelsea fans start turning up.",
    "Estate agents should know their place and stop ringing me on Sundays.",
    "I'd rather walk home in the rain than get in a cab with that driver again.",
    "I'd never let that landlord into my flat without notice again.",
    "Never met a printer you could actually trust.",
    "Cyclists can't help it, jumping red lights is in their blood.",
    "Politicians shouldn't be allowed to set their own pay, they clearly can't be trusted with it.",
    "Keep the wasps off the patio, they spoil every barbecue.",
    "That waiter was surprisingly polite for someone who'd ignored us for an hour.",
    "The more pigeons you see in the square, the less it feels like a place to eat lunch.",
    "Let the Chelsea fans have their own end, just keep them away from ours.",
    "Estate agents are all the same. Meet one and you've met them all.",
    "I'd take a cold shower before I'd ring that landlord again.",
    "That rude waiter should stick to clearing tables, not talking to customers.",
    "Printers were never meant to be understood by humans.",
]

COUNTER = [
    ("My uncle said women 'belong in the kitchen' at dinner and nobody laughed. Good.", "women"),
    ("A bloke at work said Muslims should 'go back where they belong'. I reported him to HR.", "muslims"),
    ("Saying you'd 'never let a gay man near your kids' isn't a harmless opinion, it's prejudice.", "gay"),
    ("Someone in the comments said black people bring house prices down. That's a racist myth and it needs calling out.", "black"),
    ("'She's quite articulate for a black woman' is not a compliment. Please stop saying it.", "black"),
    ("My neighbour told me a Traveller family 'always causes trouble'. I told him that's just bigotry.", "travellers"),
    ("Heard a customer refuse to be served by a Muslim cashier today. Absolutely shameful.", "muslims"),
    ("People who say disabled people 'shouldn't be seen in public' need to take a long look at themselves.", "disabled"),
    ("The idea that Jews 'can't be trusted with money' is an old antisemitic trope and it has no place here.", "jews"),
    ("When people ask whether trans people are 'fully human' they are dehumanising real people. Stop it.", "trans"),
    ("Grandad still says immigrants 'should be grateful we let them stay'. We've had words.", "immigrants"),
    ("Can we stop pretending 'they're all the same' about Asians is just banter? It's racist.", "asians"),
    ("My manager joked that the female applicant only got in to 'tick a box'. I've put in a complaint.", "women"),
    ("Overheard someone say refugees ruin every town they move into. No, they don't, and saying so is hateful.", "immigrants"),
    ("A teacher at my school said gay people 'were better off keeping quiet'. Parents are rightly furious.", "gay"),
    ("Reading replies saying women 'should know their place' in this day and age is depressing.", "women"),
    ("The old line that disabled people only get jobs 'because someone feels sorry for them' is insulting and wrong.", "disabled"),
    ("Somebody wrote 'Muslims everywhere you look, sad what this country's become' under my photo. Blocked and reported.", "muslims"),
    ("My aunt moved seats on the bus because a Black man sat down next to her. I was mortified and told her so.", "black"),
    ("'I wouldn't let my daughter marry a Jew' - my friend's dad actually said this. Appalling attitude.", "jews"),
    ("If your neighbour mutters 'there goes the neighbourhood' when an Asian family moves in, call it what it is: racism.", "asians"),
    ("Telling a trans colleague they'd be 'better off out of sight' is harassment, full stop.", "trans"),
    ("A councillor said Gypsies 'should stay in their own areas'. He should resign.", "travellers"),
    ("The 'women can't run anything properly' crowd are going to hate the new cabinet, and I'm glad.", "women"),
    ("My cousin asked if a disabled surgeon could 'really be trusted'. I pointed out that's just prejudice.", "disabled"),
    ("Why is 'you know what they're like' about Travellers still treated as acceptable? It isn't.", "travellers"),
    ("That column claiming immigrants make a country 'worse' was full of bigotry and zero evidence.", "immigrants"),
    ("A man at the school gate said he'd 'never let a Muslim near his kids'. The other parents walked away from him.", "muslims"),
    ("Stop calling it a compliment when you tell a woman she's 'clever for a girl'.", "women"),
    ("Washing your hands after shaking hands with a gay man isn't being careful, it's being prejudiced.", "gay"),
    ("Got told black people 'should know their place' on the train today. Reported it to British Transport Police.", "black"),
    ("Our landlord said he 'doesn't rent to Travellers'. That's illegal discrimination and we've reported him.", "travellers"),
    ("The comments saying refugees 'should be grateful' are exactly the attitude this charity exists to challenge.", "immigrants"),
    ("My dad used to say Jews 'are all the same'. Took years, but he's finally admitted how wrong that was.", "jews"),
    ("Someone said disabled people 'slow the team down'. Our best analyst uses a wheelchair, so no.", "disabled"),
    ("A pundit asked whether women were 'ever meant to be in charge'. Embarrassing that it got airtime.", "women"),
    ("Heard 'a gay teacher? can't believe they let them near children' at the pub. That's prejudice, plain and simple.", "gay"),
    ("To everyone asking 'name one place that got better after immigrants moved in': half the high streets in Britain.", "immigrants"),
    ("When a shop owner says trans people 'cause trouble', that's not a policy, it's bigotry.", "trans"),
    ("A colleague called our Muslim doctor 'surprisingly competent'. That's not praise, it's a prejudice showing.", "muslims"),
    ("My nan used to say Chinese people 'smell of cooking'. It was racist then and it's racist now.", "asians"),
]

NEUTRAL = [
    ("My sister and her wife are running the Pride picnic this year.", "gay"),
    ("The local mosque is holding an open day on Saturday, everyone welcome.", "muslims"),
    ("Women's football attendance hit a record this season.", "women"),
    ("Our new neighbours are Jewish and invited us round for Shabbat dinner.", "jews"),
    ("There's a Traveller site just outside the village and the kids go to our primary school.", "travellers"),
    ("Trans people can ask their GP about a referral to a gender clinic.", "trans"),
    ("The council is improving step-free access for disabled people at the station.", "disabled"),
    ("Lots of Black-owned businesses are taking part in the market this weekend.", "black"),
    ("My colleague is a refugee from Syria and is retraining as a pharmacist.", "immigrants"),
    ("The Asian supermarket on the corner has the best spices in town.", "asians"),
    ("Muslim families across the city are getting ready for Eid.", "muslims"),
    ("Immigrants make up a large share of care workers in the UK.", "immigrants"),
    ("The museum has a new exhibition on the history of Jewish communities in London.", "jews"),
    ("Gypsy, Roma and Traveller History Month is in June.", "travellers"),
    ("Disabled people's organisations were consulted on the new bus design.", "disabled"),
    ("She's the first woman to captain the club in its history.", "women"),
    ("My nan is Chinese and still makes dumplings every Sunday.", "asians"),
    ("A gay couple bought the house across the road last month.", "gay"),
    ("Our office has a network for Black staff that meets once a month.", "black"),
    ("My trans friend starts a new job in Leeds on Monday.", "trans"),
    ("Lots of Muslim students fast during exam season, so the uni moved a few exams.", "muslims"),
    ("The refugee drop-in centre needs volunteers on Thursdays.", "immigrants"),
    ("Women make up just over half of the population.", "women"),
    ("The Jewish community lights a big menorah in the town square every Hanukkah.", "jews"),
    ("There are three Asian restaurants on this street now.", "asians"),
    ("Travellers have been coming to Appleby Horse Fair for centuries.", "travellers"),
    ("My disabled brother just passed his driving test!", "disabled"),
    ("Anyone know a lesbian-friendly book club in Brighton?", "gay"),
    ("The trans swimmer gave an interview after the race.", "trans"),
    ("My black friends and I are going to the carnival this year.", "black"),
    ("Migrant workers picked most of the strawberries on that farm.", "immigrants"),
]


def cap(s):
    return s[0].upper() + s[1:] if s else s


def vary(text):
    """Light, label-independent variation in casing and punctuation."""
    r = rng.random()
    if r < 0.10:
        return text.lower()
    if r < 0.20 and text.endswith("."):
        return text[:-1]
    if r < 0.25 and text.endswith("."):
        return text[:-1] + "..."
    if r < 0.28 and text.endswith("."):
        return text[:-1] + "!"
    return text


def main():
    items = []  # (func, label, group, text)
    hate_pairs = []  # (shape index, group key, forms)
    for si, (hate, twins, keys) in enumerate(SHAPES):
        for gk in keys:
            if (si, gk) in DROP:
                continue
            name, variants = GROUPS[gk]
            # primary wording twice as likely as each alternative
            weights = [2] + [1] * (len(variants) - 1)
            forms = dict(rng.choices(variants, weights=weights)[0])
            forms["Pc"] = cap(forms["P"])
            items.append(("derog_impl_h", "h", name, cap(hate.format(**forms))))
            hate_pairs.append((si, gk, forms))

    # Twins: up to 3 per shape, alternating respectful / neutral rewrites.
    per_shape = Counter()
    twin_slot = 0
    for si, gk, forms in hate_pairs:
        if per_shape[si] >= 3:
            continue
        per_shape[si] += 1
        twins = SHAPES[si][1]
        t = twins[twin_slot % len(twins)]
        twin_slot += 1
        items.append(("derog_impl_twin_nh", "nh", GROUPS[gk][0], cap(t.format(**forms))))
    # bring twins to about 130 by dropping a few, deterministically
    twin_idx = [i for i, it in enumerate(items) if it[0] == "derog_impl_twin_nh"]
    excess = len(twin_idx) - 130
    if excess > 0:
        drop = set(rng.sample(twin_idx, excess))
        items = [it for i, it in enumerate(items) if i not in drop]

    for t in NONPROT:
        items.append(("nonprot_nh", "nh", "none", t))
    for t, grp in COUNTER:
        items.append(("counter_nh", "nh", grp, t))
    for t, grp in NEUTRAL:
        items.append(("neutral_mention_nh", "nh", grp, t))

    items = [(f, l, gr, vary(t)) for f, l, gr, t in items]

    texts = [it[3] for it in items]
    dup = [t for t, c in Counter(x.lower() for x in texts).items() if c > 1]
    assert not dup, dup

    rng.shuffle(items)
    with open(OUT, "w", encoding="utf-8") as fh:
        for n, (func, label, grp, text) in enumerate(items, 1):
            rec = {"id": "h-%04d" % n, "text": text, "func": func,
                   "label": label, "group": grp}
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")

    # verify
    recs = []
    with open(OUT, encoding="utf-8") as fh:
        for line in fh:
            recs.append(json.loads(line))
    print("wrote %d lines to %s" % (len(recs), OUT))
    for k, v in sorted(Counter((r["func"], r["label"]) for r in recs).items()):
        print("%-22s %-3s %d" % (k[0], k[1], v))
    print("labels:", dict(Counter(r["label"] for r in recs)))
    print("hateful by group:",
          dict(sorted(Counter(r["group"] for r in recs if r["label"] == "h").items())))


if __name__ == "__main__":
    main()
