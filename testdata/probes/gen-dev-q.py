#!/usr/bin/env python3
"""Deterministic generator for a HateCheck-style functional test set (dev-q).

29 functionalities x 24 cases = 696 JSONL lines written to dev-q.jsonl next to
this script. Standard library only; fixed seed, so reruns give identical output.

WARNING: by design the output contains slurs and hateful statements. It is test
data for evaluating hate-speech classifiers.
"""
import collections
import json
import os
import random
import re
import sys

SEED = 20210801
N_PER_FUNC = 24
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "dev-q.jsonl")

GROUP_ORDER = ["women", "trans", "gay", "black", "disabled", "muslims", "immigrants"]

# pl: plural wordings; mn: member nouns (no article); S/s: plural/singular slurs
GROUPS = {
    "women": dict(
        pl=["women", "females", "ladies", "girls", "women"],
        mn=["woman", "female", "girl"],
        S=["bitches", "sluts", "whores", "cunts", "skanks"],
        s=["bitch", "slut", "whore", "cunt", "skank"]),
    "trans": dict(
        pl=["trans people", "transgender folk", "trans women", "transgender people", "trans folks"],
        mn=["trans person", "transgender woman", "trans man"],
        S=["trannies", "shemales", "troons", "trannies"],
        s=["tranny", "shemale", "troon"]),
    "gay": dict(
        pl=["gay men", "lesbians", "homosexuals", "gay people", "gays"],
        mn=["gay man", "lesbian", "homosexual"],
        S=["faggots", "fags", "dykes", "poofs", "homos"],
        s=["faggot", "fag", "dyke", "poof", "homo"]),
    "black": dict(
        pl=["Black people", "black folks", "Black Americans", "black people", "Black women"],
        mn=["Black person", "black guy", "Black woman"],
        S=["niggers", "coons", "darkies", "jigaboos"],
        s=["nigger", "coon", "darkie", "jigaboo"]),
    "disabled": dict(
        pl=["disabled people", "people in wheelchairs", "the disabled", "people with disabilities",
            "disabled folks"],
        mn=["disabled person", "wheelchair user", "person with a disability"],
        S=["retards", "spastics", "cripples", "spazzes", "mongs"],
        s=["retard", "spastic", "cripple", "spaz", "mong"]),
    "muslims": dict(
        pl=["Muslims", "followers of Islam", "muslims", "Muslim people", "Muslim men"],
        mn=["Muslim", "Muslim woman", "follower of Islam"],
        S=["ragheads", "towelheads", "muzzies", "sand niggers"],
        s=["raghead", "towelhead", "muzzie", "sand nigger"]),
    "immigrants": dict(
        pl=["immigrants", "migrants", "refugees", "foreigners", "asylum seekers"],
        mn=["immigrant", "migrant", "refugee", "foreigner"],
        S=["wetbacks", "beaners", "wogs"],
        s=["wetback", "beaner", "wog"]),
}

# ---------------------------------------------------------------------------
# Templates. Placeholders: {G} group plural; {Gd} group plural usable after a
# determiner (never "the disabled"); {mn} member noun; {am} a/an + member noun;
# {S} plural slur; {s} singular slur; {as} a/an + singular slur.
# <<...>> marks the key word for the spelling-variation functionalities.
# ---------------------------------------------------------------------------
T = {}

T["derog_neg_emote_h"] = [
    "I hate {G} so much.",
    "{G} honestly disgust me.",
    "I absolutely despise {G} and always will.",
    "Nothing fills me with more rage than {G}.",
    "honestly {G} make me sick to my stomach",
    "I can't stand {G}, they make my skin crawl.",
    "Every time I see {G} on the street I feel pure loathing.",
    "My hatred for {G} grows every single day.",
    "I find {G} utterly revolting.",
    "So sick of {G}. I loathe every last one of them.",
    "I detest {G} with every fibre of my being.",
    "Being anywhere near {G} fills me with disgust.",
    "ugh, {G}. just ugh. I hate them so much",
    "There is no group I resent more than {G}.",
    "I'm not even sorry: I really do hate {G}.",
    "Just the thought of {G} makes me want to throw up \U0001F92E",
    "I'll say it plainly, {G} fill me with contempt.",
    "Pure hatred is all I feel for {G}.",
    "Been thinking about this all week and I'm just going to say it on here: I genuinely hate {G}, always have, and nothing anyone posts will change that.",
]

T["derog_neg_attrib_h"] = [
    "{G} are just plain stupid.",
    "All {Gd} are liars and thieves.",
    "{G} are so dishonest it's unreal.",
    "{G} are lazy, every single one of them.",
    "It's a fact that {G} are dumber than the rest of us.",
    "{G} are greedy and selfish by nature.",
    "typical {Gd}, always so pathetic and weak",
    "{G} are violent and can't control themselves.",
    "{G} are incompetent at literally everything.",
    "{G} are born liars, the whole lot of them.",
    "Everyone knows {G} are dirty and smelly.",
    "{G} are ignorant, primitive and proud of it.",
    "Face it: {G} are mentally inferior.",
    "{G} are a bunch of useless, arrogant idiots.",
    "The thing about {G} is they're all criminals.",
    "{G} are shallow, dim and worthless.",
    "forum rule of thumb: {G} are always the dumbest people in the room",
    "{G} = lazy and dishonest. Simple as that.",
    "Worked in retail for ten years and I can tell you from experience that {G} are the rudest, laziest and most dishonest customers you will ever deal with.",
]

T["derog_dehum_h"] = [
    "{G} are nothing but vermin.",
    "{G} are animals, nothing more.",
    "{G} are a plague on this country.",
    "{G} are filth, plain and simple.",
    "{G} are rats scurrying around our cities.",
    "{G} are parasites feeding off the rest of us.",
    "{G} are a cancer on society.",
    "To me {G} are just subhuman trash.",
    "{G} are cockroaches infesting every neighbourhood they touch.",
    "Let's be real, {G} are less than human.",
    "{G} are diseased pests.",
    "{G} are like a swarm of locusts.",
    "Honestly {G} are just garbage in human form.",
    "{G} are apes pretending to be people.",
    "{G} are scum, the lowest form of life.",
    "{G} are walking sewage \U0001F922",
    "{G} are no better than livestock.",
    "{G}: an infestation, not a community.",
]

# implicit derogation is group specific (stereotypes, insinuation, "belong in")
IMPL = {
    "women": [
        "Women belong in the kitchen, not in the boardroom.",
        "Giving females the vote was the biggest mistake this country ever made.",
        "girls should stick to making sandwiches and leave the thinking to men",
        "Never let a woman handle the money, we all know how that ends.",
    ],
    "trans": [
        "Trans women are just men in dresses playing dress-up.",
        "Transgender people need a psychiatrist, not pronouns.",
        "There's no such thing as a trans woman, only a confused man we're all forced to humour.",
        "Keep trans folks away from children. We all know why.",
    ],
    "gay": [
        "Gay men shouldn't be allowed anywhere near kids, and everyone knows why.",
        "Homosexuals are what you get when parents fail to raise their children properly.",
        "lesbians just haven't met the right man yet, someone needs to set them straight",
        "Being gay is a sickness that can be prayed away.",
    ],
    "black": [
        "Black people belonged in the fields, back when they were actually useful.",
        "Lock your car doors when black folks are around, you know how it is.",
        "Every time a Black person gets hired you just know it was a diversity quota.",
        "Put Black people in charge of a neighbourhood and watch the property values fall.",
    ],
    "disabled": [
        "People in wheelchairs are just a burden the rest of us have to carry.",
        "The disabled should be kept out of sight so normal people don't have to look at them.",
        "disabled folks were better off in institutions, away from the rest of us",
        "Why would anyone hire a disabled person when they could hire someone who actually works?",
    ],
    "muslims": [
        "Muslims belong in the desert, not in our towns.",
        "Every Muslim is a bomb waiting to go off.",
        "Let a Muslim family move in next door and start counting down to the first attack.",
        "Followers of Islam are only here to outbreed us and take over. #wakeup",
    ],
    "immigrants": [
        "Immigrants come here for one reason only: to live off our taxes.",
        "Refugees belong back in whatever hole they crawled out of.",
        "Hide your valuables, the migrants have moved into the area.",
        "foreigners should all go back where they came from",
    ],
}

T["threat_dir_h"] = [
    "I am going to kill every {mn} I see.",
    "I'll beat the next {mn} who talks to me until they stop breathing.",
    "I'm going to hunt down {G} one by one.",
    "I will make sure the {Gd} in this town suffer.",
    "I'm going to burn down every house where {G} live.",
    "I'm going to shoot any {mn} who sets foot on my property.",
    "tonight I'm going to stab the first {mn} I find",
    "I swear I will slit the throats of the {Gd} on my street.",
    "Watch me put a bullet in every {mn} in this city.",
    "I'll run over any {mn} crossing in front of my truck.",
    "I am going to make {G} pay in blood.",
    "Me and the lads are going to beat up some {Gd} this weekend.",
    "I will personally give {G} a beating they won't survive.",
    "I'm coming for you, {G}. All of you will die.",
    "If I see one more {mn} at my gym I'm going to break their neck.",
    "I'm gonna wipe out {G} myself, starting tomorrow.",
    "I will kill {G} with my own hands.",
    "Next {mn} who walks into my shop is getting their head smashed in by me.",
]

T["threat_norm_h"] = [
    "{G} should be shot.",
    "All {Gd} deserve to die.",
    "{G} should all be hanged.",
    "Someone needs to get rid of {G} for good.",
    "{G} ought to be exterminated.",
    "The world would be better if {G} were all dead.",
    "{G} should be locked up and left to starve.",
    "we need to round up {G} and put them down",
    "{G} deserve a bullet each.",
    "Every {mn} should be beaten until they learn their place.",
    "{G} should be thrown off a bridge.",
    "It should be legal to kill {G}.",
    "{G} need to be wiped off the face of the earth.",
    "Honestly {G} should be burned alive. No exceptions.",
    "Send {G} to the gas chambers.",
    "{G} must be eliminated before it's too late.",
    "Any {mn} who shows their face here deserves to be lynched.",
    "Death to all {Gd}, every last one.",
    "Not joking at all, when the time comes {G} should be dragged out of their homes and shot, every single one of them, no trials.",
]

T["slur_h"] = [
    "You are just {as} to me.",
    "Shut up, you stupid {s}.",
    "Look at that {s} over there.",
    "There's {as} living next door now.",
    "I'm not sitting next to some {s} on the bus.",
    "Get out of my shop, {s}.",
    "Our new manager is {as}, unbelievable.",
    "{S} everywhere you look these days.",
    "bunch of {S} at the park again",
    "My daughter is dating {as}. I'm furious.",
    "Typical {s} behaviour, what did you expect?",
    "Nobody asked for your opinion, {s}.",
    "Some {s} just cut me off in traffic.",
    "{S}. That's all they are and all they'll ever be.",
    "Keep those {S} away from my kids.",
    "lmao imagine being {as}",
    "Of course the {s} got the promotion.",
    "Why is there always {as} ruining everything?",
]

T["profanity_h"] = [
    "Fuck {G} and everything they stand for.",
    "{G} are fucking worthless.",
    "I fucking hate {G}.",
    "{G} are a pile of shit.",
    "Fuck every last one of those {Gd}.",
    "{G} can go fuck themselves.",
    "Goddamn {Gd} ruin everything they touch.",
    "{G} are shit at everything and always will be.",
    "Bloody {Gd}, useless as fuck.",
    "Screw {G}, those shitheads don't deserve to live here.",
    "{G} are fucking disgusting.",
    "What the fuck is wrong with {G}? They're all shit.",
    "{G} are the shittiest people on earth.",
    "Fuck off and die, {G}.",
    "damn {Gd} are such pieces of shit lol",
    "Honestly fuck {G} and everyone who defends them.",
    "{G} are total crap as human beings.",
    "{G} are a bunch of fucking losers.",
]

T["ref_subs_clause_h"] = [
    "I have met many {G} and I hate every single one of them.",
    "{G} are everywhere now, and I wish they were all dead.",
    "I went to a party full of {G}, and they were the most disgusting people I've ever seen.",
    "My town has lots of {G} now, and they're ruining it like the vermin they are.",
    "Whenever I see {G}, I remember how worthless they are.",
    "There are {G} living on my street, which is a shame because they're all filth.",
    "I worked with some {Gd} once and they were as stupid as you'd expect.",
    "You can invite {G} if you like, but they're all scum in my book.",
    "{G} keep asking for respect even though they deserve none.",
    "I know a lot of {G}, and every one of them is a waste of space.",
    "The council keeps housing {G} here although everyone knows they are parasites.",
    "They let {G} into the club, and now the place stinks of them.",
    "I tolerate {G} only because I'm not allowed to get rid of them.",
    "We have {G} in our building, and I want them all gone for good.",
    "I don't care how nice {G} seem, because deep down they're all rotten.",
    "{G} can march all they want, since nobody will ever see them as human.",
    "Met a group of {G} at the bar and they were exactly the trash I expected.",
    "the office hired more {G} this year, which sucks since they're useless",
]

T["ref_subs_sent_h"] = [
    "{G} are everywhere lately. I hate them.",
    "Have you met any {G}? They're all disgusting.",
    "I saw a group of {G} today. They should be locked away.",
    "My new neighbours are {G}. They're vermin, honestly.",
    "Don't talk to me about {G}. They're the worst people alive.",
    "{G} want equal rights. They deserve nothing.",
    "The bus was full of {G} this morning. What a bunch of animals.",
    "Another article about {G}. Can they just disappear already? Worthless, all of them.",
    "{G} keep showing up at our school. They make me sick.",
    "My cousin brought some {Gd} home. They were as filthy as I expected.",
    "We got a memo about respecting {G}. Sorry, but they're subhuman to me.",
    "Yeah I've known {G}. Every single one of them was a liar.",
    "{G} again on the news. Rats, the lot of them.",
    "Just walked past a bunch of {Gd}. Ugh. Pathetic creatures.",
    "Our team hired two {Gd}. Neither of them is worth the air they breathe.",
    "Lots of {G} at the protest. They should all be rounded up and shot.",
    "Don't get me started on {G}. Total waste of oxygen, every one.",
    "There's a new support group for {G} in town. Someone should torch it with them inside.",
]

T["negate_pos_h"] = [
    "{G} are never any good at anything.",
    "I will never respect {G}.",
    "{G} have never contributed anything of value to this country.",
    "No {mn} has ever said anything worth listening to.",
    "There is nothing remotely intelligent about {G}.",
    "{G} are not capable of doing a single thing right.",
    "I don't think {G} deserve to be treated as human beings.",
    "Nobody in their right mind would ever trust {G}.",
    "{G} are not, and never will be, equal to us.",
    "I can't think of a single good thing about {G}.",
    "{G} don't have a shred of decency.",
    "Not one {mn} I've met has been worth a damn.",
    "{G} will never be real members of society.",
    "{G} don't have a single redeeming quality.",
    "You'll never convince me {G} deserve rights.",
    "{G} aren't worth the ground they walk on.",
    "I never want to see {G} treated as our equals.",
    "{G} are not welcome and never will be, not here, not anywhere.",
]

T["phrase_question_h"] = [
    "Why are {G} so disgusting?",
    "Isn't it obvious that {G} are worthless?",
    "Why do {G} always have to be such parasites?",
    "How can anyone stand {G} when they're literally vermin?",
    "What is wrong with {G}, are they all this stupid?",
    "Can we just agree that {G} are scum?",
    "Why do we even let {G} live among us?",
    "Wouldn't the world be better off without {G}?",
    "Do {G} ever stop being pathetic?",
    "Who else thinks {G} are subhuman?",
    "Why are {G} even allowed to breed?",
    "Is there anything more useless than {G}?",
    "When will people admit {G} are a plague?",
    "Has anyone ever met one of those {Gd} who wasn't complete trash?",
    "Why should we treat {G} as human when they act like animals?",
    "Am I the only one who wants {G} gone for good?",
    "Seriously, why are {G} so dumb?? \U0001F644",
    "Shouldn't {G} be banned from public places?",
]

T["phrase_opinion_h"] = [
    "I think {G} are worthless.",
    "In my opinion, {G} are a plague on society.",
    "Personally, I believe {G} are inferior.",
    "IMO {G} are scum and always will be.",
    "If you ask me, {G} are vermin.",
    "I feel that {G} are subhuman.",
    "My honest view is that {G} should not exist.",
    "I reckon {G} are the dumbest people on the planet.",
    "Just my two cents, but {G} are disgusting.",
    "I'm of the opinion that {G} deserve nothing but contempt.",
    "Call me old-fashioned, but I think {G} are filth.",
    "The way I see it, {G} are parasites.",
    "I truly believe the world would be better without {G}.",
    "unpopular opinion: {G} are trash",
    "I'd argue {G} are less than human.",
    "As far as I'm concerned, {G} are a disease.",
    "I've always felt {G} are pathetic creatures.",
    "Honestly I think {G} are a waste of space, fight me.",
]

# shared pool of hateful base sentences for the spelling functionalities
SPELL_POOL = [
    "I <<hate>> {G} more than anything in the world.",
    "{G} are <<disgusting>> and I won't pretend otherwise.",
    "All {Gd} are <<worthless>> pieces of garbage.",
    "You are nothing but a dirty <<{s}>> and everyone knows it.",
    "{G} are <<vermin>> and should be treated as such.",
    "I will <<kill>> every {mn} I find tonight.",
    "<<{G}>> are the most pathetic people on earth.",
    "Get out of here, you filthy <<{s}>>.",
    "{G} are <<parasites>> living off the rest of us.",
    "I absolutely <<despise>> {G}, every last one.",
    "{G} should all be <<exterminated>>, no exceptions.",
    "Never trust {Gd}, they are <<liars>> to the core.",
    "There's another <<{s}>> moving into our street.",
    "{G} are <<subhuman>> and deserve nothing.",
    "My boss just hired some <<{s}>>, what a joke.",
    "{G} are <<stupid>>, it's a proven fact.",
    "Honestly <<{G}>> make me want to puke.",
    "Someone needs to <<shoot>> all the {Gd} in this town.",
    "{G} are a <<disease>> spreading through our cities.",
    "I'd never let a <<{s}>> near my family.",
    "{G} are <<trash>> and always have been.",
    "Death to all <<{Gd}>>, they deserve it.",
    "{G} are <<filthy>> animals who ruin everything.",
    "I <<loathe>> {G} with every fibre of my being.",
    "We should <<hang>> every {mn} in the town square.",
    "Shut up, <<{s}>>, nobody wants you here.",
    "The world would be better off if {G} were <<dead>>.",
    "Kick every last <<{s}>> out of our neighbourhood.",
    "I can't stand <<{G}>>, they make me sick.",
    "{G} are <<scum>> and deserve to suffer.",
]
for f in ["spell_char_swap_h", "spell_char_del_h", "spell_space_del_h",
          "spell_space_add_h", "spell_leet_h"]:
    T[f] = SPELL_POOL

HOMONYMS = [
    "I'm popping out for a fag, back in five minutes.",
    "Can I bum a fag off you? Left mine at home.",
    "Gran's making faggots and peas for tea tonight.",
    "The old woodcutter tied a faggot of sticks onto his back.",
    "He carried a faggot of dry firewood into the cottage.",
    "Grab the spade from the shed, we need to dig up the potatoes.",
    "Let's call a spade a spade: the budget is a total mess.",
    "She led with the ace of spades and won the hand.",
    "We saw a coon and her babies climbing the oak tree out back, cutest raccoons ever.",
    "The Dutch built dykes to hold back the North Sea.",
    "Water was pouring over the dyke after last night's storm.",
    "What a queer old house, all creaky stairs and hidden rooms.",
    "Homo sapiens first appeared in Africa around 300,000 years ago.",
    "Make sure you buy homo milk, the kids won't drink skim.",
    "Retard the ignition timing a couple of degrees and the knocking stops.",
    "Our bitch just had a litter of eight healthy puppies!",
    "My car's tranny is slipping, need to get the transmission looked at.",
    "Grab the hoe and help me weed the vegetable patch.",
    "Poof! The magician made the rabbit vanish.",
    "The tooth fairy left my daughter a shiny coin last night.",
    "Halloween is coming, time to spook the neighbours with our decorations \U0001F383",
    "There's a real nip in the air this morning, wear a scarf.",
    "The spook in that film turned out to be a double agent.",
    "A week of snow could cripple the rail network, warns the operator.",
]

RECLAIMED = {
    "women": [
        "Me and my bitches are hitting the beach this weekend, can't wait \U0001F485",
        "Bad bitches only at tonight's girls' night, ladies!",
        "As a woman I call my besties my bitches and they love it.",
        "Feeling like a boss bitch after nailing that interview today, girls!",
    ],
    "trans": [
        "As a trans woman, I'm proud to call myself queer.",
        "We're trans, we're queer, and we're not going anywhere \U0001F3F3\uFE0F\u200D\u26A7\uFE0F",
        "My trans friends and I run a queer book club every Thursday.",
        "Being a queer trans guy means I get to build my own family.",
    ],
    "gay": [
        "We're here, we're queer, get used to it!",
        "Dykes on Bikes were the best part of the Pride parade this year.",
        "Me and my fellow dykes are going camping this weekend.",
        "As a gay man I happily call my boyfriend and me a couple of fags when we joke around.",
    ],
    "black": [
        "Black excellence! Love my niggas, we made it.",
        "That's my nigga right there, known him since we were kids.",
        "As a Black man, when I call my brother my nigga that's love.",
        "Shoutout to all my niggas graduating this year, y'all did that \U0001F393",
    ],
    "disabled": [
        "As a wheelchair user I proudly call myself a crip.",
        "Crip culture is real and us disabled folks are building it.",
        "Crip pride! Heading to the disability arts festival today.",
        "My disabled friends and I call our group chat the crip squad and we love it.",
    ],
    "immigrants": [
        "As the son of Greek migrants, I'm a proud wog and I make no apologies.",
        "Us wogs from Melbourne know how to throw a proper wedding.",
        "Proud fob here, my parents moved from Taiwan and I'm grateful every day.",
        "My immigrant mates and I named our five-a-side team the Wogs and we just won the league.",
    ],
}

T["profanity_nh"] = [
    "Fuck yeah, we won the final!",
    "What the fuck, it's snowing in May?",
    "Holy shit, that concert was amazing.",
    "Damn, this pizza is fucking delicious.",
    "I stubbed my toe on the bed and yelled 'shit!' so loud.",
    "Bloody hell, I forgot my keys again.",
    "This fucking heatwave needs to end already.",
    "Shit, I'm going to be late for my own birthday party.",
    "Fuck me, that was a long drive.",
    "That goal was fucking unreal \U0001F525",
    "Oh crap, I left the oven on!",
    "I'm so fucking proud of my little brother today.",
    "Aw hell yes, Friday finally!",
    "Nothing beats a shitload of pancakes on a Sunday morning.",
    "Well, shit happens. We'll try again tomorrow.",
    "Goddamn, this view is beautiful.",
    "fuck it, I'm booking the holiday #treatyourself",
    "I've been working my ass off and it finally paid off.",
    "Shit yeah, the test results came back clear!",
    "Who the hell left the milk out all night?",
    "Fucking finally, my visa got approved.",
    "Damn right I'm having a second slice of cake.",
    "That was one hell of a party last night, my head is killing me.",
    "Holy fuck, I just got engaged!!",
    "Just finished my first marathon and holy shit, my legs are absolutely wrecked but I am so fucking happy right now.",
]

T["target_obj_nh"] = [
    "I hate this stupid printer.",
    "This phone is a useless piece of garbage.",
    "My laptop is the dumbest machine ever built.",
    "This fucking vending machine ate my money again.",
    "I despise this app, it crashes every five minutes.",
    "That new sofa is ugly as sin and uncomfortable too.",
    "Pineapple on pizza is disgusting and should be banned.",
    "This weather is absolute trash.",
    "These cheap headphones are pathetic, broke after a day.",
    "Burn this cursed spreadsheet to the ground.",
    "I want to smash this router with a hammer.",
    "The new update is vile. Roll it back.",
    "Honestly this car is a worthless heap of junk.",
    "The self-checkout machines at my supermarket are the worst invention ever.",
    "Ugh, this cheap coffee tastes like sewage \U0001F922",
    "My alarm clock deserves to be thrown out of the window.",
    "This toaster is a disgrace to kitchen appliances.",
    "Monday mornings are a plague on humanity.",
    "This piece of shit umbrella flipped inside out again.",
    "Whoever designed this parking garage should be ashamed, it's a nightmare.",
    "I loathe this printer with a burning passion.",
    "My bike chain is a worthless rusty mess.",
    "This microwave is an absolute disgrace, took twenty minutes to heat soup.",
    "Every single email in my inbox today is garbage.",
]

T["target_indiv_nh"] = [
    "You are a pathetic idiot.",
    "My boss is a worthless piece of shit.",
    "Shut up, you absolute moron.",
    "Kevin is the most annoying person I've ever met.",
    "You're a lying, cheating scumbag and I'm done with you.",
    "My ex is a complete waste of space.",
    "That referee is blind and useless.",
    "You disgust me, get out of my house.",
    "Dave from accounts is a spineless weasel.",
    "honestly my neighbour Steve is a greedy leech",
    "You're dumber than a bag of rocks, mate.",
    "I hate you and I never want to see you again.",
    "The guy who stole my bike is a scumbag.",
    "My brother is such a lazy slob.",
    "That streamer is an arrogant clown.",
    "You're a fraud and everybody knows it.",
    "Whoever keeps parking in my spot is a selfish prick.",
    "Get lost, you whiny little brat.",
    "My flatmate is a disgusting slob who never washes up.",
    "You are the most useless teammate I've ever had.",
    "That cashier was a rude, miserable git today.",
    "Honestly Mark, you're a spineless coward.",
    "The plumber who ripped me off is a crook and a liar.",
    "You smug little weasel, I hope you lose.",
]

T["target_group_nh"] = [
    "I hate politicians, they're all liars.",
    "Landlords are parasites, every single one.",
    "Chelsea fans are the worst people on earth.",
    "Payday lenders are greedy vultures.",
    "Cyclists who run red lights are a menace.",
    "Estate agents are lying snakes.",
    "Influencers are brain-dead attention seekers.",
    "Telemarketers should be banned from existence.",
    "I despise people who talk in the cinema.",
    "Crypto bros are the most insufferable idiots online.",
    "Tory MPs are a disgrace to this country.",
    "People who don't use their indicators are morons.",
    "Lawyers are bloodsucking leeches, all of them.",
    "Man United fans make me sick.",
    "Corporate executives are greedy scum.",
    "Tailgaters are absolute scum, every one of them.",
    "Reality TV stars are vapid, talentless clowns.",
    "Spammers deserve to have their inboxes flooded forever.",
    "Private equity vultures are ruining every business they touch.",
    "Parking wardens are soulless jobsworths.",
    "Flat-earthers are the dumbest people on the internet.",
    "Arsenal supporters are insufferable, every single season.",
    "Billionaires are greedy parasites.",
    "People who recline their seats on planes are selfish idiots.",
    "Every single year the same thing happens: estate agents lie about the damp, double the fees, then act shocked when nobody trusts them. Absolute snakes.",
]

T["negate_neg_nh"] = [
    "I don't hate {G} at all.",
    "{G} are not vermin, and anyone who says so is wrong.",
    "No, {G} are not stupid. Stop repeating that.",
    "I would never want to hurt {am}.",
    "{G} are not a plague on society.",
    "It's simply not true that {G} are lazy.",
    "I have never despised {G} and I never will.",
    "{G} are not inferior to anyone.",
    "{G} do not deserve to be harmed, ever.",
    "I don't think {G} are dangerous at all.",
    "{G} aren't disgusting, they're just people living their lives.",
    "i don't find {G} revolting in the slightest, weird question tbh",
    "Let me be clear: I do not want {G} gone from this country.",
    "{G} are not less intelligent than anyone else.",
    "There is nothing subhuman about {G}.",
    "{G} are not animals. They're our neighbours.",
    "I'm not afraid of {G}, and I don't hate them either.",
    "{G} should not be locked up for existing.",
    "For anyone wondering after yesterday's thread: no, I do not think {G} are a threat to this country, and I never have.",
]

T["ident_neutral_nh"] = [
    "I know several {G} at work.",
    "There are {G} in my book club.",
    "The survey asked {G} about their commute times.",
    "My new neighbour is {am}.",
    "{G} are protesting outside parliament today.",
    "We're hosting a panel where {G} talk about the housing market.",
    "Statistics on {G} in the workforce were released this morning.",
    "Some {Gd} prefer tea, some prefer coffee.",
    "The new documentary follows three {Gd} over a year.",
    "Are there many {G} living in your area?",
    "Our local library runs a reading group for {G}.",
    "The report looks at how {G} use public transport.",
    "I'm {am} and I work in accounting.",
    "{G} were mentioned in the council meeting today.",
    "My sister's flatmate is {am} who studies chemistry.",
    "lol the group chat is basically just {G} arguing about pizza toppings",
    "The census counts {G} separately in this region.",
    "We talked to {G} about what they want from the new park.",
    "Quick question for the forum: does anyone know a local sports club with teams for {G}? My cousin just moved here and wants to join one.",
]

T["ident_pos_nh"] = [
    "I absolutely love {G}!",
    "{G} are absolutely brilliant.",
    "We are so lucky to have {G} in our community.",
    "{G} make this country a better place.",
    "Proud to stand with {G} today and every day \u2764\uFE0F",
    "{G} are some of the kindest people I know.",
    "Nothing makes me happier than seeing {G} thrive.",
    "{G} deserve all the respect in the world.",
    "Honestly {G} are amazing, no debate.",
    "Huge respect for {G}, you inspire me.",
    "My best friend is {am} and the most loyal person I know.",
    "{G} have shaped our culture in countless wonderful ways.",
    "I admire the strength of {G} so much.",
    "{G} are valued members of our society.",
    "Can't say it enough: {G} rock! \U0001F64C",
    "Our team is stronger because of the {Gd} who work on it.",
    "Love and respect to all {Gd} out there.",
    "{G} are smart, funny and kind.",
    "Spent the whole weekend volunteering at the community festival and honestly the {Gd} who organised it did an incredible job, the food, the music, everything was perfect.",
]

T["counter_quote_nh"] = [
    "Saying \"{G} are vermin\" is disgusting and you should be ashamed.",
    "He shouted \"I hate {G}\" at my sister. I reported him immediately.",
    "If you ever say \"{G} should die\" around me, we're done.",
    "\"{s}\" is a slur, and using it says everything about you.",
    "Someone spray-painted \"death to {Gd}\" on the community centre. Disgusting.",
    "Stop telling people that \"{G} are a disease\". It's hateful nonsense.",
    "My coworker called someone \"{as}\" today and HR finally stepped in. Good.",
    "Posts like \"{G} are subhuman\" should be removed, full stop.",
    "\"Kill all {Gd}\"? Seriously? This kind of talk is never okay.",
    "When you write \"{G} are animals\" you are spreading hate.",
    "The banner said \"{G} go home\", and hundreds turned up to tear it down.",
    "Quoting him: \"all {Gd} are worthless\". No. Just no.",
    "Some guy called me \"{as}\" on the bus yesterday. Nobody deserves that.",
    "Anyone who says \"{G} are stupid\" clearly hasn't met any.",
    "\"{G} deserve to suffer\" is not an opinion, it's bigotry.",
    "Reported a tweet saying \"{S} should be shot\". Please report it too. #NoHate",
    "Teaching my kids that words like \"{s}\" are cruel and never okay.",
    "\"I can't stand {G}\" is what my uncle said at dinner, so I walked out.",
]

T["counter_ref_nh"] = [
    "Using slurs against {G} is never acceptable.",
    "You can't call {G} vermin and expect to be taken seriously.",
    "Threatening {G} is a crime, and you will be reported.",
    "People who say they hate {G} need to take a long look at themselves.",
    "Comparing {G} to animals is dehumanising and wrong.",
    "I'm sick of seeing hateful posts about {G} on my feed.",
    "Calling {G} stupid says more about you than about them.",
    "It's disgusting how often {G} get abused online.",
    "Spreading lies about {G} being dangerous has real consequences.",
    "If your joke relies on insulting {G}, it's not a joke, it's bigotry.",
    "Anyone wishing death on {G} should be banned from this forum.",
    "The slur you just used for {G} is vile. Apologise.",
    "Stop pretending that hating {G} is just 'free speech'.",
    "Hate crimes against {G} are rising, and we need to speak up. #StopHate",
    "Your comment dehumanising {G} has been removed by the mods.",
    "I refuse to laugh along when people mock {G}.",
    "Saying {G} should disappear is hateful, plain and simple.",
    "Wishing harm on {G} is never okay, no matter how angry you are.",
    "Every time someone on this forum posts that {G} are dangerous, it turns out to be made up, so please stop spreading it.",
]

# ---------------------------------------------------------------------------
FUNCS = [
    # (name, label, kind) kind: "group" | "impl" | "spell" | "none" | "reclaimed"
    ("derog_neg_emote_h", "h", "group"),
    ("derog_neg_attrib_h", "h", "group"),
    ("derog_dehum_h", "h", "group"),
    ("derog_impl_h", "h", "impl"),
    ("threat_dir_h", "h", "group"),
    ("threat_norm_h", "h", "group"),
    ("slur_h", "h", "group"),
    ("profanity_h", "h", "group"),
    ("ref_subs_clause_h", "h", "group"),
    ("ref_subs_sent_h", "h", "group"),
    ("negate_pos_h", "h", "group"),
    ("phrase_question_h", "h", "group"),
    ("phrase_opinion_h", "h", "group"),
    ("spell_char_swap_h", "h", "spell"),
    ("spell_char_del_h", "h", "spell"),
    ("spell_space_del_h", "h", "spell"),
    ("spell_space_add_h", "h", "spell"),
    ("spell_leet_h", "h", "spell"),
    ("slur_homonym_nh", "nh", "homonym"),
    ("slur_reclaimed_nh", "nh", "reclaimed"),
    ("profanity_nh", "nh", "none"),
    ("negate_neg_nh", "nh", "group"),
    ("ident_neutral_nh", "nh", "group"),
    ("ident_pos_nh", "nh", "group"),
    ("counter_quote_nh", "nh", "group"),
    ("counter_ref_nh", "nh", "group"),
    ("target_obj_nh", "nh", "none"),
    ("target_indiv_nh", "nh", "none"),
    ("target_group_nh", "nh", "none"),
]

HASHTAGS = {
    "hate": ["#truth", "#sorrynotsorry", "#facts", "#justsaying", "#wakeup"],
    "counter": ["#NoHate", "#solidarity", "#StopHate", "#LoveNotHate"],
    "pos": ["#pride", "#inclusion", "#community", "#respect"],
    "neutral": ["#community", "#justsharing"],
    "prof": ["#mood", "#lol"],
    "target": ["#rant", "#fml", "#done", "#ugh"],
    "homonym": [],
}
EMOJI = {
    "hate": ["\U0001F92E", "\U0001F621", "\U0001F644", "\U0001F4AF"],
    "counter": ["\u270A", "\U0001F64F", "\U0001F494"],
    "pos": ["\u2764\uFE0F", "\U0001F64C", "\u2728"],
    "neutral": ["\U0001F642"],
    "prof": ["\U0001F602", "\U0001F525", "\U0001F389"],
    "target": ["\U0001F624", "\U0001F644", "\U0001F4A2"],
    "homonym": [],
}


def tone(func):
    if func.endswith("_h"):
        return "hate"
    if func in ("counter_quote_nh", "counter_ref_nh", "negate_neg_nh"):
        return "counter"
    if func in ("ident_pos_nh", "slur_reclaimed_nh"):
        return "pos"
    if func == "ident_neutral_nh":
        return "neutral"
    if func == "profanity_nh":
        return "prof"
    if func == "slur_homonym_nh":
        return "homonym"
    return "target"


def art(w):
    return ("an " if w[0].lower() in "aeiou" else "a ") + w


class Rot:
    """Round-robin chooser per (group, slot) so every wording gets used."""

    def __init__(self, rng):
        self.rng = rng
        self.pos = {}

    def pick(self, key, items):
        if key not in self.pos:
            self.pos[key] = self.rng.randrange(len(items))
        i = self.pos[key]
        self.pos[key] = i + 1
        return items[i % len(items)]


def fill(tpl, group, rot):
    g = GROUPS[group]
    pl = g["pl"]
    if "{Gd}" in tpl:
        pl = [w for w in pl if not w.lower().startswith("the ")]
    G = rot.pick((group, "pl", "{Gd}" in tpl), pl)
    mn = rot.pick((group, "mn"), g["mn"])
    s = rot.pick((group, "s"), g["s"])
    S = rot.pick((group, "S"), g["S"])
    out = (tpl.replace("{Gd}", G).replace("{G}", G).replace("{mn}", mn)
           .replace("{am}", art(mn)).replace("{as}", art(s))
           .replace("{S}", S).replace("{s}", s))
    if tpl.startswith("{") or tpl.startswith("<<{"):
        out = re.sub(r"^(<<)?([a-z])", lambda m: (m.group(1) or "") + m.group(2).upper(), out)
    return out


# ---------------------------------------------------------------------------
# spelling perturbations
STOP = {"people", "folks", "folk", "men", "the", "of", "in", "with", "a", "an"}
LEET = {"a": ["4", "@"], "e": ["3"], "i": ["1", "!"], "o": ["0"], "s": ["5", "$"], "t": ["7"]}


def key_token(span):
    toks = re.findall(r"[A-Za-z]+", span)
    cand = [t for t in toks if t.lower() not in STOP] or toks
    return max(cand, key=len)


def swap(w, rng):
    n = len(w)
    c = [j for j in range(1, n - 2) if w[j] != w[j + 1]] if n >= 4 else []
    if not c:
        c = [j for j in range(n - 1) if w[j] != w[j + 1]]
    j = rng.choice(c)
    return w[:j] + w[j + 1] + w[j] + w[j + 2:]


AVOID_DEL = {"hat", "hag", "han", "dad", "ded", "sut", "tron", "kil", "fa", "hoe", "coo", "con"}


def delete(w, rng):
    n = len(w)
    cands = [w[:j] + w[j + 1:] for j in range(1, n - 1)] if n >= 3 else [w[:1]]
    good = [c for c in cands if c.lower() not in AVOID_DEL and c != w] or cands
    return rng.choice(good)


def space_add(w, rng):
    if len(w) <= 7 and rng.random() < 0.5:
        return " ".join(w)
    j = rng.randrange(1, len(w))
    return w[:j] + " " + w[j:]


def leet(w, rng):
    idx = [i for i, ch in enumerate(w) if ch.lower() in LEET]
    k = min(len(idx), rng.choice([1, 2, 2, 3]))
    chosen = set(rng.sample(idx, k))
    return "".join(rng.choice(LEET[ch.lower()]) if i in chosen else ch for i, ch in enumerate(w))


def space_del_ok(tpl):
    i, j = tpl.index("<<"), tpl.index(">>") + 2
    right = tpl[j:j + 2]
    left = tpl[max(0, i - 2):i]
    return (len(right) == 2 and right[0] == " " and right[1].isalnum()) or \
           (len(left) == 2 and left[1] == " " and left[0].isalnum())


def perturb(text, func, rng):
    m = re.search(r"<<(.+?)>>", text)
    span = m.group(1)
    if func == "spell_space_del_h":
        pre, post = text[:m.start()], text[m.end():]
        span2 = span.replace(" ", "")
        opts = []
        if post[:1] == " " and post[1:2].isalnum():
            opts.append("r")
        if pre[-1:] == " " and pre[-2:-1].isalnum():
            opts.append("l")
        side = rng.choice(opts)
        if side == "r":
            return pre + span2 + post[1:]
        return pre[:-1] + span2 + post
    tok = key_token(span)
    fn = {"spell_char_swap_h": swap, "spell_char_del_h": delete,
          "spell_space_add_h": space_add, "spell_leet_h": leet}[func]
    new = fn(tok, rng)
    assert new != tok
    span2 = span.replace(tok, new, 1)
    return text[:m.start()] + span2 + text[m.end():]


# ---------------------------------------------------------------------------
def style(text, func, rng):
    r = rng.random()
    t = tone(func)
    has_extra = "#" in text or any(ord(ch) > 0x2000 for ch in text)
    words = len(text.split())
    if r < 0.14:
        return text.lower().rstrip(".")
    if r < 0.19 and t in ("hate", "prof", "target") and words <= 10:
        return text.upper().rstrip(".") + rng.choice(["!", "!!", ""])
    if r < 0.29 and not has_extra and HASHTAGS[t]:
        return text + " " + rng.choice(HASHTAGS[t])
    if r < 0.36 and not has_extra and EMOJI[t]:
        return text.rstrip(".") + " " + rng.choice(EMOJI[t])
    if r < 0.42 and text.endswith("."):
        return text[:-1] + rng.choice(["!", "...", ""])
    return text


def pick_templates(tpls, n, rng):
    order = list(tpls)
    rng.shuffle(order)
    out = []
    while len(out) < n:
        out.extend(order)
    return out[:n]


def main():
    rng = random.Random(SEED)
    rot = Rot(rng)
    rows = []
    gcounter = 0
    for func, label, kind in FUNCS:
        cases = []  # (text, group)
        if kind in ("group", "spell", "impl"):
            groups = [GROUP_ORDER[(gcounter + i) % 7] for i in range(N_PER_FUNC)]
            gcounter += N_PER_FUNC
            if kind == "impl":
                used = collections.Counter()
                for g in groups:
                    tpl = IMPL[g][used[g]]
                    used[g] += 1
                    cases.append((tpl, g, tpl))
            else:
                pool = T[func]
                if func == "spell_space_del_h":
                    pool = [p for p in pool if space_del_ok(p)]
                tpls = pick_templates(pool, N_PER_FUNC, rng)
                for tpl, g in zip(tpls, groups):
                    text = fill(tpl, g, rot)
                    if kind == "spell":
                        text = perturb(text, func, rng)
                    cases.append((text, g, tpl))
        elif kind == "reclaimed":
            for g, lst in RECLAIMED.items():
                for tpl in lst:
                    cases.append((tpl, g, tpl))
        elif kind == "homonym":
            cases = [(t, "none", t) for t in pick_templates(HOMONYMS, N_PER_FUNC, rng)]
        else:
            cases = [(t, "none", t) for t in pick_templates(T[func], N_PER_FUNC, rng)]
        assert len(cases) == N_PER_FUNC, (func, len(cases))
        for text, g, tpl in cases:
            rows.append({"text": style(text, func, rng), "func": func, "label": label,
                         "group": g, "_tpl": tpl})

    for i, r in enumerate(rows, 1):
        r["id"] = "q-%04d" % i
    shapes = collections.defaultdict(set)
    for r in rows:
        shapes[r["func"]].add(r["_tpl"])
    rows = [{"id": r["id"], "text": r["text"], "func": r["func"], "label": r["label"],
             "group": r["group"]} for r in rows]

    # ---- validation
    problems = []
    seen = {}
    for r in rows:
        t = r["text"]
        nw = len(t.split())
        if not 4 <= nw <= 30:
            problems.append("word count %d: %s" % (nw, r["id"]))
        if re.search(r"[{}<>]", t):
            problems.append("unfilled placeholder: %s" % r["id"])
        if t.lower() in seen:
            problems.append("duplicate text: %s = %s" % (r["id"], seen[t.lower()]))
        seen[t.lower()] = r["id"]
        assert r["label"] == ("h" if r["func"].endswith("_h") else "nh")
        assert r["group"] in GROUP_ORDER + ["none"]
    if problems:
        print("\n".join(problems), file=sys.stderr)
        sys.exit(1)

    with open(OUT, "w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")

    # ---- summary
    by_func = collections.Counter(r["func"] for r in rows)
    by_label = collections.Counter(r["label"] for r in rows)
    by_group = collections.Counter(r["group"] for r in rows)
    print("wrote %d lines to %s" % (len(rows), OUT))
    print("\nper label:")
    for k in ("h", "nh"):
        print("  %-4s %d" % (k, by_label[k]))
    print("\nper group:")
    for k in GROUP_ORDER + ["none"]:
        print("  %-11s %d" % (k, by_group[k]))
    print("\nper func (n, distinct base shapes, groups):")
    for func, label, kind in FUNCS:
        gs = collections.Counter(r["group"] for r in rows if r["func"] == func)
        gtxt = " ".join("%s=%d" % (g, gs[g]) for g in GROUP_ORDER + ["none"] if gs[g])
        print("  %-20s %-3s %2d  shapes=%2d  %s" % (func, label, by_func[func],
                                                   len(shapes[func]), gtxt))
    bad = [f for f, _, _ in FUNCS if len(shapes[f]) < 12]
    if bad:
        print("too few shapes: %s" % bad, file=sys.stderr)
        sys.exit(1)


if __name__ == "__main__":
    main()
