#!/usr/bin/env python3
"""Generate dev-p.jsonl: functional probe cases for an English hate-speech detector.

Deterministic (seed 9090), standard library only. Writes dev-p.jsonl next to this file.

Placeholders in templates:
  {G} plural group term (may be "the disabled")
  {P} plural group term usable after a determiner (never starts with "the")
  {a} "a"/"an" + singular group term
  {g} singular group term (no article)
  {S} plural slur, {s} singular slur, {as} "a"/"an" + singular slur
"""
import json
import os
import random

SEED = 9090
GROUPS = ["women", "trans", "gay", "black", "disabled", "muslims", "immigrants"]

PLURAL = {
    "women": ["women", "females", "girls", "ladies", "women"],
    "trans": ["trans people", "trans women", "transgender folk", "trans men",
              "transgender people", "trans folks"],
    "gay": ["gay men", "lesbians", "gay people", "homosexuals", "gays"],
    "black": ["black people", "Black folks", "blacks", "Black people", "black men"],
    "disabled": ["disabled people", "people in wheelchairs", "the disabled",
                 "people with disabilities", "disabled folks", "handicapped people"],
    "muslims": ["Muslims", "followers of Islam", "Muslim people", "muslims", "Muslim men"],
    "immigrants": ["immigrants", "migrants", "refugees", "asylum seekers", "foreigners"],
}
SINGULAR = {
    "women": ["woman", "girl", "female"],
    "trans": ["trans person", "trans woman", "transgender person", "trans man"],
    "gay": ["gay man", "lesbian", "gay person", "homosexual"],
    "black": ["black person", "Black man", "Black woman"],
    "disabled": ["disabled person", "person in a wheelchair", "person with a disability"],
    "muslims": ["Muslim", "follower of Islam", "Muslim woman"],
    "immigrants": ["immigrant", "migrant", "refugee", "asylum seeker", "foreigner"],
}
# Terms that read as pejorative on their own: keep them out of non-hateful cases.
NH_EXCLUDE = {"blacks", "gays"}

SLURS = {  # (singular, plural)
    "women": [("bitch", "bitches"), ("slut", "sluts"), ("whore", "whores"),
              ("skank", "skanks"), ("cunt", "cunts")],
    "trans": [("tranny", "trannies"), ("shemale", "shemales"), ("troon", "troons"),
              ("he-she", "he-shes")],
    "gay": [("faggot", "faggots"), ("fag", "fags"), ("dyke", "dykes"),
            ("homo", "homos"), ("poof", "poofs")],
    "black": [("nigger", "niggers"), ("coon", "coons"), ("darkie", "darkies"),
              ("jigaboo", "jigaboos"), ("sambo", "sambos")],
    "disabled": [("retard", "retards"), ("cripple", "cripples"), ("spastic", "spastics"),
                 ("spaz", "spazzes"), ("mong", "mongs")],
    "muslims": [("raghead", "ragheads"), ("towelhead", "towelheads"), ("muzzie", "muzzies"),
                ("muzrat", "muzrats")],
    "immigrants": [("wetback", "wetbacks"), ("beaner", "beaners"),
                   ("border hopper", "border hoppers"), ("fence jumper", "fence jumpers")],
}

FUNCS = {}

FUNCS["derog_neg_emote_h"] = ("h", [
    "I hate {G}.",
    "I absolutely loathe {G}.",
    "I despise {G} with every fibre of my being.",
    "{G} disgust me.",
    "{G} make me sick.",
    "{G} make my skin crawl.",
    "I can't stand {G}.",
    "I detest {G}, all of them.",
    "I have nothing but contempt for {G}.",
    "The sight of {G} makes me want to throw up.",
    "I'm so sick of {G}.",
    "Honestly, I'm fed up with {G} and I'm done hiding how much I hate them.",
    "{G} fill me with rage.",
    "My blood boils every time I see {G}.",
    "I'm repulsed by {G}.",
    "Just thinking about {G} makes my stomach turn.",
    "I abhor {G}.",
    "There is nothing on this earth I hate more than {G}.",
    "{G} revolt me.",
    "I feel pure disgust whenever {G} are around.",
    "I can't bear to be in the same room as {G}.",
    "{G} infuriate me beyond words.",
    "I resent {G} and everything they stand for.",
    "I'm appalled by {G}, every single one of them.",
    "I've got so much hatred in me for {G}.",
    "{G}? Ugh. They nauseate me.",
    "Being anywhere near {G} makes me want to gag.",
    "I feel nothing but loathing towards {G}.",
    "{G} get on my last nerve and I hate every one of them.",
    "I can't even look at {G} without feeling ill.",
    "Everything about {G} sickens me.",
    "I'd rather die than spend a day around {G}.",
    "{G} terrify me and I want them gone from this country.",
    "I seethe with anger whenever {G} open their mouths.",
    "My hatred for {G} grows every single day.",
    "I feel physically ill when {G} walk past me.",
    "Nothing makes me angrier than {G}.",
    "{G} make me cringe with disgust.",
    "I'm filled with revulsion whenever I see {G}.",
    "I've had it with {G}. I can't stomach them anymore.",
])

FUNCS["derog_neg_attrib_h"] = ("h", [
    "{G} are so stupid.",
    "{G} are lazy and dishonest.",
    "All {G} are filthy liars.",
    "{G} are violent by nature.",
    "{G} are pathetic.",
    "{G} are worthless morons, every single one of them.",
    "{G} are nothing but greedy thieves.",
    "{G} are ignorant and primitive.",
    "Typical {g}: dishonest, lazy and useless.",
    "{G} are dangerous criminals.",
    "Face it, {G} are repulsive.",
    "{G} are incompetent at everything they touch.",
    "{G} are so deceitful.",
    "{G} are hysterical and irrational.",
    "{G} are perverts.",
    "{G} are savages.",
    "You can't deny that {G} are brainless idiots.",
    "{G} are such leeches on the welfare system.",
    "{G} are vile, sleazy people.",
    "{G} are freaks.",
    "{G} are weak and cowardly.",
    "{G} are manipulative frauds.",
    "{G} are all degenerates.",
    "Most {P} are thugs.",
    "{G} are so ugly it's unreal.",
    "{G} are a bunch of losers.",
    "The truth is that {G} are corrupt to the core.",
    "{G} are arrogant, entitled and rude.",
    "{G}: ignorant, smelly and loud.",
    "It's a fact that {G} are psychopaths.",
    "{G} are the dumbest people on earth.",
    "{G} are spineless.",
    "{G} are disgusting deviants.",
    "{G} are always such whiny, ungrateful brats.",
    "{G} are dim-witted.",
    "Everyone knows {G} are backward and barbaric.",
    "{G} are untrustworthy cheats.",
    "{G} are inherently immoral.",
    "{G} are nasty, petty and cruel.",
    "Let's be real, {G} are useless burdens on everyone around them.",
])

FUNCS["negate_pos_h"] = ("h", [
    "{G} are never intelligent.",
    "No {P} can be trusted.",
    "{G} will never be equal to the rest of us.",
    "{G} are not capable of honesty.",
    "I've never met {a} who was worth anything.",
    "{G} don't deserve any respect.",
    "{G} can never be good parents.",
    "Not one of these {P} has ever done anything useful.",
    "{G} will never be real members of society.",
    "{G} aren't smart enough to make their own decisions.",
    "There is no such thing as a decent {g}.",
    "{G} are not welcome here and never will be.",
    "{G} lack any kind of talent.",
    "{G} have no morals at all.",
    "I have never seen {a} do an honest day's work.",
    "{G} are never going to be civilised.",
    "{G} can't be reliable, it's just not in them.",
    "{G} are not worth the air they breathe.",
    "Nobody should ever respect {G}.",
    "{G} are not fit to hold any job.",
    "{G} have no value whatsoever.",
    "{G} will never be as good as normal people.",
    "{G} are incapable of kindness.",
    "You will never find {a} with any brains.",
    "{G} aren't beautiful, not even one of them.",
    "{G} never contribute anything to society.",
    "{G} are not loyal to this country and never will be.",
    "{G} shouldn't be treated as equals.",
    "{G} don't know the meaning of hard work.",
    "{G} can't think for themselves.",
    "{G} have zero redeeming qualities.",
    "{G} are not, and never will be, decent people.",
    "Nobody in their right mind would call {G} competent.",
    "{G} aren't responsible enough to vote.",
    "Not a single {g} deserves to be happy.",
    "{G} don't have an ounce of integrity.",
    "{G} are not worthy of love.",
    "{G} are no use to anyone.",
    "{G} never deserved the rights they have.",
    "{G} are never polite, never clean, never grateful.",
])

FUNCS["phrase_question_h"] = ("h", [
    "Why are {G} so disgusting?",
    "Why can't {G} just disappear?",
    "Isn't it obvious that {G} are inferior?",
    "Who would ever trust {G}?",
    "Can we all agree that {G} are vermin?",
    "How much longer do we have to put up with {G}?",
    "Am I the only one who thinks {G} are worthless?",
    "Do {G} ever stop lying?",
    "What's the point of {G} anyway? They're useless.",
    "When will we finally be rid of {G}?",
    "Why do we let {G} ruin everything?",
    "Why are {G} even allowed to vote?",
    "Wouldn't the world be better without {G}?",
    "Is there anything more pathetic than {G}?",
    "Why does anyone pretend {G} are equal to us?",
    "Are {G} even human?",
    "Why are {G} always so stupid?",
    "How can anyone stand being around filthy {G}?",
    "Seriously, what good have {G} ever done for anyone?",
    "Why should we waste a single penny on {G}?",
    "Who decided {G} deserve the same rights as normal people?",
    "Don't you think {G} should be kept away from our kids?",
    "How are {G} this lazy?",
    "What is it about {G} that makes them so violent?",
    "Why does every {g} have to be such a parasite?",
    "Can someone explain why {G} are so dirty?",
    "Is it just me or are {G} completely useless?",
    "Why would anyone hire {G} when they're this incompetent?",
    "Haven't we had enough of {G} ruining this country?",
    "Shouldn't {G} all be locked up?",
    "How many more {P} do we have to tolerate before we kick them all out?",
    "Do {G} really think anyone likes them?",
    "Why do {G} stink so much?",
    "What makes {G} think they belong here?",
    "Who let {G} out of their cages?",
    "Why can't {G} behave like civilised people for once?",
    "Can {G} do anything right, ever?",
    "Where do {G} get off thinking they're our equals?",
    "Wouldn't it be great if {G} all just vanished?",
    "Why is it that {G} are always the criminals?",
])

FUNCS["ref_subs_clause_h"] = ("h", [
    "I've met {G} and they are all complete idiots.",
    "{G} think they're special, but they're just worthless.",
    "I worked with {G} for years, and every one of them was a lazy liar.",
    "You can be as nice as you want to {G}; they'll still be scum.",
    "My neighbours are {G}, and they're exactly the filthy lowlifes you'd expect.",
    "People keep defending {G}, but they're nothing but parasites.",
    "I gave {G} a chance once, and they proved they're all liars.",
    "Have you noticed {G}? They ruin every place they go.",
    "Everyone says we should welcome {G}, but they're a plague on this country.",
    "{G} act like victims, but they're the real problem and I can't stand them.",
    "I used to feel sorry for {G} until I realised they're just manipulative frauds.",
    "There were {P} at the party last night and, as usual, they were disgusting.",
    "My cousin hangs out with {G} and they're all the same: dirty and dishonest.",
    "We hired some {P} at work and, surprise, they're all as useless as I said.",
    "Talk to {G} for five minutes and you'll see they're brain-dead.",
    "{G} want equal rights, but they're too stupid to deserve them.",
    "I don't care what the news says about {G}, they're violent thugs.",
    "Look at {G} on TV, they're all so repulsive.",
    "Whenever I see {G}, I remember that they're a disease on society.",
    "Sure, {G} smile at you, but underneath they're all snakes.",
    "{G} claim to be peaceful; in reality they're a bunch of savages.",
    "My teacher says {G} are just like us. They're not, they're inferior.",
    "The council gave {G} more money, even though they're all leeches.",
    "{G} moved into my street last year and they've turned it into a dump, like they always do.",
    "I tried to be friends with {G}, but they're all disgusting creeps.",
    "Some people find {G} charming. To me they're vile.",
    "You meet {G} and instantly know they're not worth your time.",
    "Sorry, but {G}... they're the worst people on the planet.",
    "{G} keep asking for acceptance, yet they're nothing but degenerates.",
    "I watched a documentary about {G}; they're even more pathetic than I thought.",
    "There are {P} at my gym and I swear they're all filthy slobs.",
    "Read anything about {G} and you'll learn they're born criminals.",
    "Every time I deal with {G} they prove how stupid they really are.",
    "{G} say they want to fit in, but they'll always be trash.",
    "Met some {P} on holiday. Lazy, rude and stupid, every last one of them.",
    "{G} complain about discrimination, but honestly they deserve every bit of it.",
    "My boss keeps hiring {G} even though they're all incompetent morons.",
    "Liberals love {G}, but anyone with a brain knows they're dangerous.",
    "Don't be fooled by {G}: they'd stab you in the back in a heartbeat.",
    "{G} might look harmless, but they're nothing more than scum.",
])

FUNCS["derog_dehum_h"] = ("h", [
    "{G} are vermin.",
    "I see {G} as nothing but rats.",
    "{G} are a cancer on society.",
    "To me, {G} are garbage.",
    "{G} breed like rabbits.",
    "{G}? Parasites, every last one of them.",
    "{G} are subhuman.",
    "{G} are animals and should be treated like animals.",
    "Our towns are infested with {G}.",
    "{G} are like cockroaches, they're everywhere.",
    "{G} are pure filth.",
    "{G} spread through this country like a disease.",
    "{G} are lice on the body of this nation.",
    "{G} are just walking bags of trash.",
    "Calling {G} human is an insult to humanity.",
    "{G} are pigs rolling in their own muck.",
    "{G} belong in a zoo, not among people.",
    "{G} aren't people, they're objects to be used and thrown away.",
    "{G} are apes.",
    "{G} are a swarm of locusts.",
    "{G} are the scum of the earth.",
    "{G} are maggots crawling over everything decent.",
    "{G} are worms and should be stepped on.",
    "{G} are a pack of wild dogs.",
    "{G} are a tumour this country needs to cut out.",
    "{G} are bloodsucking leeches.",
    "{G} are sewage.",
    "{G} are human waste.",
    "{G} are nothing but insects.",
    "{G} are creatures, not people.",
    "What are {G} if not a plague?",
    "This city has an infestation of {G}.",
    "{G} are a pestilence.",
    "{G} are mutants.",
    "{G} are barely more evolved than monkeys.",
    "{G} are a rot eating this society from the inside.",
    "{G} are dirt under my shoe.",
    "{G} are like mould: once they get in you can't get rid of them.",
    "{G} are slime.",
    "{G} are cattle, not people.",
])

FUNCS["negate_neg_nh"] = ("nh", [
    "I don't hate {G}.",
    "{G} are not disgusting.",
    "It's wrong to say {G} are stupid.",
    "No, {G} are not dangerous.",
    "I would never call {G} animals.",
    "{G} aren't vermin, they're human beings like everyone else.",
    "There's nothing wrong with {G}.",
    "It's simply not true that {G} can't be trusted.",
    "{G} are not a burden on society.",
    "I don't find {G} repulsive at all.",
    "Nobody should be disgusted by {G}.",
    "{G} are not lazy, that's just a tired stereotype.",
    "I have never despised {G} and I never will.",
    "{G} don't make me sick. Bigots do.",
    "No one can seriously claim {G} are inferior.",
    "Saying {G} are criminals is just false.",
    "{G} aren't a plague, they're our neighbours.",
    "I can't understand why anyone would hate {G}.",
    "{G} are not less intelligent than anyone else.",
    "Don't tell me {G} are worthless, because they absolutely aren't.",
    "{G} were never the problem.",
    "I refuse to believe {G} are dishonest just because some people say so.",
    "{G} are in no way subhuman.",
    "Contrary to what trolls claim, {G} are not a threat.",
    "{G} don't deserve any of the hate they get.",
    "{G} shouldn't be called parasites, ever.",
    "I'm not scared of {G}, and I'm not angry at them either.",
    "Not a single one of the {P} I know is violent.",
    "{G} are not freaks.",
    "It is not okay to treat {G} like dirt.",
    "{G} aren't ugly, and anyone saying so is just being cruel.",
    "No way are {G} responsible for everything wrong in this country.",
    "{G} do not ruin neighbourhoods.",
    "I've never thought {G} were pathetic.",
    "Claiming {G} are a disease is disgusting and wrong.",
    "Why would anyone think {G} are vile? They're not.",
    "{G} are not cockroaches, they're people.",
    "I do not loathe {G}; I respect them.",
    "{G} aren't the enemy.",
    "It's never acceptable to say {G} should disappear.",
])

FUNCS["ident_pos_nh"] = ("nh", [
    "I fucking love {G}!",
    "{G} are killing it this year.",
    "{G} slay. No debate.",
    "{G} are amazing.",
    "So proud of all the {P} in my community.",
    "{G} are some of the smartest people I know.",
    "Honestly, {G} are the best neighbours I've ever had.",
    "{G} are absolute legends.",
    "Shoutout to {G}, you're doing great!",
    "{G} are fierce as hell and I'm here for it.",
    "The world is better with {G} in it.",
    "{G} make this country stronger.",
    "{G} are so damn talented it's ridiculous.",
    "{G} absolutely crushed it at the awards last night.",
    "I'm beyond grateful for the {P} in my life.",
    "{G} deserve all the love and respect in the world.",
    "{G} are brave, brilliant and beautiful.",
    "Nobody throws a party like {G}, seriously.",
    "{G} are wicked smart.",
    "{G} are insanely good at what they do.",
    "Damn, {G} are unstoppable.",
    "{G} are the backbone of our team.",
    "{G} are so cool, I can't even.",
    "Love love love {G}!!!",
    "{G} are bloody brilliant.",
    "{G} are dangerously talented, watch out world.",
    "The {P} on my team are sick at this game, they carry us every time.",
    "Every {g} I've met has been kind and generous.",
    "{G} have my full support, always.",
    "Big respect to {G}, they've been through so much and still shine.",
    "{G} are killing the game right now.",
    "{G} are absolute beasts on the basketball court, in the best possible way.",
    "I'd trust {G} with my life.",
    "{G} are hilarious, they always have me crying with laughter.",
    "{G} are a gift to this world.",
    "Can't get enough of {G}, they're awesome.",
    "{G} are fucking incredible and I'll argue with anyone who says otherwise.",
    "{G} bring so much joy and creativity to our city.",
    "{G} are stunning, inside and out.",
    "Hell yes, {G} rock!",
])

# slur_h: first 20 templates are otherwise neutral (the slur alone carries the hate),
# the last 20 add hostile context.
SLUR_TEMPLATES = [
    "{As} just moved into the flat across the hall.",
    "There were like five {S} on the bus this morning.",
    "My sister's new roommate is {as}.",
    "Went to the mall and it was full of {S}.",
    "Apparently the new manager is {as}.",
    "Saw a couple of {S} at the park today.",
    "Our class has three {S} in it this year.",
    "Some {s} was sitting in my seat at the cinema.",
    "Which one of you invited the {S}?",
    "Dad says some {S} are moving into our street.",
    "Heads up, there's {as} working the front desk tonight.",
    "lol my cousin is dating {as} now",
    "The {S} always sit at their own table at lunch.",
    "Another {s} got hired at my job.",
    "We had {as} as a substitute teacher today.",
    "The block party was mostly {S} this year.",
    "That's the {s} who lives above the bakery.",
    "Heard the {S} are holding some kind of meeting downtown.",
    "There's {as} in the queue ahead of me.",
    "My doctor is {as}, just found out.",
    "I hate {S}.",
    "Get these {S} out of my country.",
    "You {S} disgust me.",
    "Never trust {as}.",
    "Typical {s}, always causing trouble.",
    "Filthy {S} everywhere you look.",
    "No {S} allowed in this bar.",
    "Shut up, you stupid {s}.",
    "All {S} should be thrown out.",
    "Keep your {s} kids away from mine.",
    "The world would be better without {S}.",
    "I'm not sitting next to some {s}.",
    "Those {S} ruin everything.",
    "What else would you expect from {as}?",
    "Bunch of worthless {S}.",
    "Nobody wants you here, {s}.",
    "{S} are the lowest of the low.",
    "I'd never hire {as}.",
    "Ugh, {S} again. Can't escape them.",
    "Just another dumb {s}.",
]
FUNCS["slur_h"] = ("h", SLUR_TEMPLATES)

ORDER = ["derog_neg_emote_h", "derog_neg_attrib_h", "negate_pos_h", "phrase_question_h",
         "slur_h", "ref_subs_clause_h", "derog_dehum_h", "negate_neg_nh", "ident_pos_nh"]


def article(word):
    return ("an " if word[0].lower() in "aeiou" else "a ") + word


class Cycler:
    """Cycles through a list in a reshuffled order to maximise variety."""

    def __init__(self, rng, items):
        self.rng, self.items, self.queue = rng, list(items), []

    def next(self, ok=lambda x: True):
        for _ in range(3):
            if not self.queue:
                self.queue = list(self.items)
                self.rng.shuffle(self.queue)
            for i, it in enumerate(self.queue):
                if ok(it):
                    return self.queue.pop(i)
            self.queue = []
        raise ValueError("no acceptable item")


def restyle(rng, text):
    r = rng.random()
    if r < 0.62:
        out = text
    elif r < 0.78:
        out = text.lower()
    elif r < 0.88:
        out = text.rstrip(".!")
    elif r < 0.94:
        out = text.rstrip(".") + ("!!" if not text.endswith(("?", "!")) else "")
    elif len(text) < 60:
        out = text.upper()
    else:
        out = text
    return out


def main():
    rng = random.Random(SEED)
    plural = {g: Cycler(rng, PLURAL[g]) for g in GROUPS}
    singular = {g: Cycler(rng, SINGULAR[g]) for g in GROUPS}
    slurs = {g: Cycler(rng, SLURS[g]) for g in GROUPS}

    rows = []
    k = 0
    seen = set()
    for func in ORDER:
        label, templates = FUNCS[func]
        assert len(templates) == 40, (func, len(templates))
        temps = list(templates)
        rng.shuffle(temps)
        for t in temps:
            group = GROUPS[k % len(GROUPS)]
            k += 1
            nh = label == "nh"

            def ok_any(x):
                return not (nh and x in NH_EXCLUDE)

            def ok_plain(x):
                return ok_any(x) and not x.startswith("the ")

            vals = {}
            if "{G}" in t:
                vals["G"] = plural[group].next(ok_any)
            if "{P}" in t:
                vals["P"] = plural[group].next(ok_plain)
            if "{g}" in t:
                vals["g"] = singular[group].next()
            if "{a}" in t:
                vals["a"] = article(singular[group].next())
            if any(p in t for p in ("{s}", "{S}", "{as}", "{As}")):
                sg, pl = slurs[group].next()
                vals.update(s=sg, S=pl, **{"as": article(sg), "As": article(sg).capitalize()})
            text = t.format(**vals)
            text = text[0].upper() + text[1:]
            text = restyle(rng, text)
            assert text not in seen, text
            seen.add(text)
            rows.append({"text": text, "func": func, "label": label, "group": group})

    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "dev-p.jsonl")
    with open(out, "w", encoding="utf-8") as f:
        for i, r in enumerate(rows, 1):
            rec = {"id": "p-%04d" % i, "text": r["text"], "func": r["func"],
                   "label": r["label"], "group": r["group"]}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print("wrote %d cases to %s" % (len(rows), out))


if __name__ == "__main__":
    main()
