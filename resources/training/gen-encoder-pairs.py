#!/usr/bin/env python3
"""Generate minimal-contrast implicit-hate training data for a sentence encoder.

Writes resources/training/encoder-pairs.jsonl (or the path given as the first argument), run
from the repository root. Standard library only, fixed seed: the same script writes the same
bytes. Written in helper sessions that saw none of the project's test data (see
resources/training/README.md, "Encoder pairs").

Families (the <family> part of "source"):
  implicit-hate        label 1, hand-written implicit frames x fitting groups
  twin-neutral         label 0, same group, same sentence shape, neutral content
  twin-other-target    label 0, same complaint/sarcasm aimed at a non-protected target
  twin-counter         label 0, counter-speech / reporting that quotes or rejects the stereotype
  neutral-mention      label 0, stand-alone everyday mentions of groups (health/disability heavy)
  twin-positive        label 0, one sincere warm positive twin per hateful row, same group, close shape
  positive-mention     label 0, stand-alone congratulations / thanks / good news naming a group
"""
import json
import random
import sys
import re
from collections import Counter

# ======================================================================
# GROUPS (hand-written)
# ======================================================================
# Group vocabulary. Slots used by the frames:
#   P  plural noun phrase          S  singular with article
#   A  adjective (AN = a/an + A)   K  children form
#   F  "the ... family"            PLACE  a building/shop   FEST  a festival/event
GROUPS = {}


def g(key, t, P, S, A=None, K=None, F=None, **extra):
    if K is None and A:
        K = f"{A} kids"
    if F is None and A:
        F = f"the {A} family"
    d = dict(t=t, P=P, S=S, A=A, K=K, F=F)
    d.update(extra)
    GROUPS[key] = d


R, REL, SO, DIS, MIG = "TG.RACE.", "TG.RELIGION.", "TG.SEXUAL_ORIENTATION.", "TG.DISABILITY.", "TG.MIGRATION_STATUS."

# race / ethnicity / national origin
g("black", R + "BLACK", "black people", "a black person", "black", FEST="carnival")
g("nigerians", R + "BLACK", "Nigerians", "a Nigerian", "Nigerian")
g("somalis", R + "BLACK", "Somalis", "a Somali", "Somali", PLACE="Somali cafe")
g("jamaicans", R + "BLACK", "Jamaicans", "a Jamaican", "Jamaican")
g("pakistanis", R + "SOUTH_ASIAN", "Pakistanis", "a Pakistani", "Pakistani")
g("indians", R + "SOUTH_ASIAN", "Indians", "an Indian", "Indian", PLACE="Indian supermarket")
g("bangladeshis", R + "SOUTH_ASIAN", "Bangladeshis", "a Bangladeshi", "Bangladeshi")
g("chinese", R + "EAST_ASIAN", "Chinese people", "a Chinese person", "Chinese",
  PLACE="Chinese supermarket", FEST="Chinese new year")
g("chinese-students", R + "EAST_ASIAN", "Chinese students", "a Chinese student", "Chinese")
g("vietnamese", R + "EAST_ASIAN", "Vietnamese people", "a Vietnamese person", "Vietnamese")
g("filipinos", R + "EAST_ASIAN", "Filipinos", "a Filipino", "Filipino")
g("arabs", R + "ARAB", "Arabs", "an Arab", "Arab")
g("syrians", R + "ARAB", "Syrians", "a Syrian", "Syrian")
g("roma", R + "GYPSY_ROMA_TRAVELLER", "Roma people", "a Roma person", "Roma", F="the Roma family")
g("travellers", R + "GYPSY_ROMA_TRAVELLER", "Travellers", "a Traveller", "Traveller",
  K="Traveller kids", F="the Traveller family")
g("poles", R + "EASTERN_EUROPEAN", "Polish people", "a Polish person", "Polish", PLACE="Polish shop")
g("romanians", R + "EASTERN_EUROPEAN", "Romanians", "a Romanian", "Romanian", PLACE="Romanian shop")
g("albanians", R + "EASTERN_EUROPEAN", "Albanians", "an Albanian", "Albanian")
g("bulgarians", R + "EASTERN_EUROPEAN", "Bulgarians", "a Bulgarian", "Bulgarian")
g("white", R + "WHITE", "white people", "a white person", "white")
g("white-british", R + "WHITE", "white British people", "a white British person", "white British")

# religion
g("muslims", REL + "MUSLIM", "Muslims", "a Muslim", "Muslim", PLACE="mosque", FEST="Eid in the park")
g("jews", REL + "JEWISH", "Jewish people", "a Jewish person", "Jewish", PLACE="synagogue",
  FEST="the Hanukkah lighting in the square")
g("orthodox-jews", REL + "JEWISH", "Orthodox Jews", "an Orthodox Jew", "Orthodox Jewish")
g("hindus", REL + "HINDU", "Hindus", "a Hindu", "Hindu", PLACE="Hindu temple", FEST="Diwali on the high street")
g("sikhs", REL + "SIKH", "Sikhs", "a Sikh", "Sikh", PLACE="gurdwara", FEST="the Vaisakhi procession")
g("christians", REL + "CHRISTIAN", "Christians", "a Christian", "Christian", PLACE="evangelical church",
  FEST="the Easter walk of witness")
g("catholics", REL + "CHRISTIAN", "Catholics", "a Catholic", "Catholic")

# sexual orientation / gender identity / sex
g("gay-men", SO + "GAY", "gay men", "a gay man", "gay", FEST="Pride")
g("gay-couples", SO + "GAY", "gay couples", "a gay couple", "gay")
g("lesbians", SO + "LESBIAN", "lesbians", "a lesbian", "lesbian", K="lesbian teenagers")
g("bisexual", SO + "BISEXUAL", "bisexual people", "a bisexual person", "bisexual", K="bisexual teenagers")
g("trans-women", "TG.TRANSGENDER", "trans women", "a trans woman", "trans")
g("trans-people", "TG.TRANSGENDER", "trans people", "a trans person", "trans", FEST="Trans Pride")
g("women", "TG.SEX_GENDER.WOMEN", "women", "a woman", "female", K="girls", F=None)

# disability
g("disabled", DIS + "PHYSICAL", "disabled people", "a disabled person", "disabled")
g("wheelchair", DIS + "PHYSICAL", "wheelchair users", "a wheelchair user", None, K="kids in wheelchairs")
g("blind", DIS + "PHYSICAL", "blind people", "a blind person", "blind")
g("deaf", DIS + "PHYSICAL", "deaf people", "a deaf person", "deaf")
g("downs", DIS + "LEARNING", "people with Down's syndrome", "someone with Down's syndrome", None,
  K="kids with Down's syndrome")
g("learning-disabilities", DIS + "LEARNING", "people with learning disabilities",
  "someone with a learning disability", None, K="kids with learning disabilities")
g("dyslexic", DIS + "LEARNING", "dyslexic people", "a dyslexic person", "dyslexic")
g("schizophrenia", DIS + "MENTAL_HEALTH", "people with schizophrenia", "someone with schizophrenia", None)
g("mental-health", DIS + "MENTAL_HEALTH", "people with mental health problems",
  "someone with mental health problems", None, K="kids with mental health problems")
g("bipolar", DIS + "MENTAL_HEALTH", "people with bipolar", "someone with bipolar", None)
g("ptsd", DIS + "MENTAL_HEALTH", "people with PTSD", "someone with PTSD", None)
g("autistic", DIS + "NEURODIVERGENT", "autistic people", "an autistic person", "autistic")
g("adhd", DIS + "NEURODIVERGENT", "people with ADHD", "someone with ADHD", None, K="kids with ADHD")

# migration status
g("refugees", MIG + "REFUGEE", "refugees", "a refugee", "refugee", K="refugee kids", F="the refugee family")
g("asylum-seekers", MIG + "ASYLUM_SEEKER", "asylum seekers", "an asylum seeker", None,
  K="kids from the asylum hotel", F="the family from the asylum hotel")
g("migrants", MIG + "MIGRANT", "migrants", "a migrant", "migrant", K="migrant kids", F="the migrant family")
g("immigrants", MIG + "MIGRANT", "immigrants", "an immigrant", "immigrant", K="immigrant kids",
  F="the immigrant family")


# ======================================================================
# FRAMES (hand-written)
# ======================================================================
# Hand-written frames. Each frame: hateful variants (H), neutral mirrors (N, same index = same shape),
# other-target versions (B, literal or with {X} from a pool), counter-speech (C).
# Template entries may be (text, {allowed group keys}) to restrict grammar/sense.
ANIM, DEROG, DEHUM = "HATE.IMPLICIT_ANIMOSITY", "HATE.DEROGATION", "HATE.DEHUMANISATION"

FRAMES = []


def F(name, cat, groups, H, N, B, C, pool="XP"):
    i = len(FRAMES)
    FRAMES.append(dict(name=name, cat=cat, groups=groups.split(), H=H, N=N, B=B, C=C,
                       pool=pool, low=(i % 5) not in (1, 3)))


# non-protected plural targets (people defined by a hobby, job, club or habit)
XP = ["chelsea fans", "united fans", "spurs fans", "city fans", "estate agents", "landlords",
      "letting agents", "politicians", "tory mps", "labour councillors", "traffic wardens",
      "cyclists", "bmw drivers", "tesla drivers", "influencers", "crypto bros", "tech bros",
      "gym bros", "ticket touts", "football pundits", "car salesmen", "golfers", "youtubers",
      "reality tv contestants", "celebrity chefs", "premier league refs", "property developers",
      "management consultants", "lobbyists", "the lads in my office"]
# animals / pests
XA = ["the pigeons on my balcony", "the grey squirrels in the park", "the mice in the shed",
      "the seagulls on the roof", "the slugs in my veg patch", "the fruit flies in the kitchen",
      "the foxes at the end of the road", "the rabbits in my garden", "the moths in my wardrobe",
      "the ants under the patio"]

QUOTE_WRAPPERS = [
    'reported a post that said "{h}". cant believe it\'s still up',
    'my uncle shared "{h}" on facebook again. muted him',
    'someone in the work chat wrote "{h}" and nobody said a word. i should have',
    '"{h}" — this is what prejudice sounds like when it thinks it\'s being reasonable',
    'screenshotting this for the mods: "{h}"',
    'a local councillor actually posted "{h}". we\'re writing to the standards committee',
    'why is "{h}" getting likes. it\'s just prejudice said politely',
    'overheard on the bus: "{h}". the woman next to him told him to give it a rest',
    'flagging this one: "{h}". dressed up as an opinion but we all know what it is',
    'teaching my year 10s about dog whistles and this was the example: "{h}"',
]

F("benefits", DEROG,
  "somalis roma travellers romanians bulgarians albanians pakistanis bangladeshis nigerians jamaicans "
  "refugees asylum-seekers migrants immigrants",
  ["everyone knows most {P} round here are on benefits, they just dont talk about it",
   "not being funny but how many {P} do you actually see going to work in the morning? asking for a friend"],
  ["theres a drop in for {P} at the community centre on thursdays, help with benefits forms and housing stuff, 10 till 2",
   "how many {P} actually live in the borough? doing a uni project and the census tables are confusing me"],
  ["not being funny but how many {X} do you actually see going to work in the morning? asking for a friend",
   "everyone knows most {X} round here are on some sort of fiddle, they just dont talk about it"],
  ["my uncle keeps saying most {P} round here are on benefits. looked up the local figures, it's just not true",
   "someone on the local fb group asked how many {P} you 'actually see going to work'. the ones on the 5am bus to the hospital, mate"])

F("crime-rise", ANIM,
  "black nigerians somalis jamaicans pakistanis romanians albanians roma travellers asylum-seekers migrants muslims arabs",
  ["funny how crime went up the same year all the {P} moved in. just saying",
   "not saying anything but the police only started patrolling our road after the {P} arrived. make of that what you will"],
  ["a lot of {P} moved onto our estate the same year they rebuilt the play park, so the street's been busy with vans",
   "the police are doing a drop in at the library for {P} in the area on tuesday, it's about the new reporting app"],
  ["funny how crime went up the same year they turned the streetlights off at midnight. just saying",
   "funny how crime went up the same year the council closed the youth club. just saying",
   "funny how crime went up the same year they cut the police station to two days a week. just saying",
   "not saying anything but the police only started patrolling our road after the new nightclub opened. make of that what you will",
   "not saying anything but the police only started patrolling our road after my neighbour put up a drone. make of that what you will",
   "funny how crime went up the same year the bus route got axed and the kids had nowhere to go. just saying"],
  ["people on the town page saying crime went up 'when the {P} moved in'. crime went up everywhere that year, including villages with none",
   "my dad keeps linking crime to {P} moving in. showed him the police data by ward and he changed the subject"])

F("do-the-maths", ANIM,
  "refugees asylum-seekers migrants immigrants somalis syrians poles romanians pakistanis nigerians muslims travellers",
  ["{P} get the houses, the school places and the gp appointments. locals wait 3 years. do the maths",
   "my nan waited 6 years for a bungalow and {P} get one in 6 months. do the maths people"],
  ["{P} and everyone else go on the same housing waiting list, the council explained how the points work at the meeting last night",
   "my nan waited 6 years for a bungalow, the housing officer said {P} on the list wait about the same. it's just rammed round here"],
  ["second home owners get the houses, holiday lets get the rest, locals wait 3 years. do the maths",
   "my nan waited 6 years for a bungalow and the councillor's mate got one in 6 months. do the maths people",
   "developers get the land, investors get the flats, locals wait 3 years. do the maths",
   "airbnbs get the houses, the students get the flats, locals wait 3 years. do the maths"],
  ["the 'they get the houses, we wait' post about {P} gets shared every week. the allocation rules are public and it's points based",
   "family member sent me the '{P} get a house in 6 months' meme. it was from a different country and from 2014"])

F("articulate", DEROG,
  "black nigerians jamaicans somalis travellers roma women deaf dyslexic autistic downs learning-disabilities",
  ["the speaker last night was surprisingly articulate for {S} tbh, fair play",
   "the new manager is actually really well spoken for {S}, didnt expect that at all"],
  ["the speaker last night talked about being {S} in local politics, it's on the council youtube channel",
   "the new manager is {S}, started monday, moved over from the bristol office"],
  ["the speaker last night was surprisingly articulate for a premier league manager tbh, fair play",
   "the speaker last night was surprisingly articulate for a bloke who'd had six pints tbh, fair play",
   "the new manager is actually really well spoken for someone who just got off a 14 hour flight",
   "the speaker last night was surprisingly articulate for a reality tv contestant tbh, fair play",
   "the new manager is actually really well spoken for a former football pundit, didnt expect that"],
  ["'articulate for {S}' is not the compliment you think it is, grandad",
   "someone at work said the new hire was 'well spoken for {S}' and then wondered why hr got involved"])

F("not-racist-but", ANIM,
  "black nigerians pakistanis indians bangladeshis chinese arabs somalis poles romanians muslims jews sikhs travellers immigrants",
  ["im not racist but i just dont think {P} should be buying houses on our street",
   "i'm not racist or anything but i'd rather my daughter didnt bring {S} home. is that so bad"],
  ["not sure if this is the right group but {P} on our street are doing the summer bbq again, sign up sheet is in the post office",
   "my daughter's bringing her new partner home for sunday lunch, they're {S} from leicester and a vegetarian, what do i cook lol"],
  ["i'm not anti-business but i just dont think landlords with 40 properties should be buying more houses on our street",
   "i'm not a snob or anything but i'd rather my daughter didnt bring a city fan home. is that so bad",
   "im not anti-tourist but i just dont think airbnb companies should be buying up houses on our street",
   "i'm not a dog person or anything but i'd rather my daughter didnt bring the great dane home again. is that so bad"],
  ["'im not racist but {P} shouldnt be buying on our street' — that is literally what racist means, sharon",
   "a bloke at the pub started with 'im not racist but' and finished with something about {P}. every single time"])

F("neighbours-move", ANIM,
  "black pakistanis somalis roma travellers romanians muslims jews gay-couples trans-people schizophrenia "
  "learning-disabilities refugees asylum-seekers disabled",
  ["{S} is moving in next door so thats us putting the house on the market. cant be dealing with it",
   "just found out {S} bought the house across the road. looking at places further out now, want the kids to grow up somewhere normal"],
  ["{S} is moving in next door on saturday, offered to help carry the sofa in if the rain holds off",
   "just found out {S} bought the house across the road, the sold sign went up this morning, the old owners moved to wales"],
  ["a man with six huskies is moving in next door so thats us putting the house on the market. cant be dealing with it",
   "a couple who do karaoke every friday night are moving in next door so thats us putting the house on the market",
   "just found out a guy who runs a tyre business from his drive bought the house across the road. looking at places further out now",
   "my ex is moving in next door. thats us putting the house on the market, cant be dealing with it",
   "just found out the loudest family from my old street bought the house across the road. looking at places further out now"],
  ["neighbour told me she's selling up because {S} is moving in. i said nothing at the time and i wish i had",
   "people on nextdoor panicking about {S} buying on our road. they're moving house, not invading, calm down"])

F("doctor", ANIM,
  "women pakistanis indians nigerians muslims jews sikhs trans-women black autistic deaf refugees immigrants dyslexic chinese",
  ["got seen by {AN} doctor today. asked for someone else, call me old fashioned but i want someone i can trust",
   "if i go in and it's {AN} doctor i just rebook. sorry not sorry, i know what i'm comfortable with"],
  ["got seen by {AN} doctor at the walk in today, she sent me for bloods and said come back in two weeks",
   "if your gp appointment got moved it's probably because {AN} doctor from the other practice is covering tuesdays now"],
  ["got seen by a locum today who hadnt read my notes. asked for someone else, call me old fashioned but i want someone i can trust",
   "if i go in and it's the dentist who did my filling wrong i just rebook. sorry not sorry",
   "got seen by a doctor who was on his phone the whole time. asked for someone else, call me old fashioned",
   "if i go in and it's the receptionist who shouts my name across the room i just rebook. sorry not sorry"],
  ["woman in the waiting room asked not to be seen by {AN} doctor 'because trust'. receptionist said 'then it's a 3 week wait' and honestly good",
   "my gran said she'd rebook if she got {AN} doctor. that doctor is the one who spotted her heart thing last year"])

F("teacher", ANIM,
  "trans-people gay-men lesbians bisexual muslims autistic deaf dyslexic jews black disabled sikhs",
  ["just found out my sons new teacher is {A}. already emailed the head asking to move him to the other class",
   "not sure how i feel about {AN} teacher with year 2s tbh. they're so impressionable at that age"],
  ["just found out my sons new teacher is {A}, she's also running the chess club so now he wants to join that",
   "not sure how the year 2 classes are split this year, {AN} teacher is taking over from mrs patel, letters out friday"],
  ["just found out my sons new teacher supports spurs. already emailed the head asking to move him to the other class 😂",
   "not sure how i feel about a teacher who sets homework on the first day of year 2 tbh",
   "just found out my sons new teacher is the one who confiscated my phone in 2009. already emailed the head 😂",
   "not sure how i feel about a newly qualified teacher with year 6 in sats year tbh"],
  ["a parent in our class chat asked to move her kid because the teacher is {A}. the head said no. good",
   "'{A} teachers and impressionable kids' — the only thing kids pick up from teachers is phonics, mate"])

F("commentary-box", ANIM,
  "women trans-women black pakistanis indians gay-men lesbians muslims disabled jamaicans wheelchair",
  ["{P} in the commentary box is why i watch the football on mute now. leave it to people who actually understand the game",
   "no offence but {P} shouldnt be doing the punditry on a cup final. some of us want proper analysis"],
  ["there are two {P} in the commentary team for the cup final, kick off's been moved to 5.30 for tv",
   "the bbc said {P} will be part of the punditry team on the cup final, coverage starts at 4"],
  ["ex-players in the commentary box is why i watch the football on mute now. leave it to people who actually understand the game",
   "no offence but comedians shouldnt be doing the punditry on a cup final. some of us want proper analysis",
   "celebrity guests in the commentary box is why i watch the football on mute now",
   "no offence but the manager's brother shouldnt be doing the punditry on a cup final. some of us want proper analysis"],
  ["replies under the match thread saying {P} shouldnt be in the commentary box. the game's 10 mins in and thats your focus?",
   "someone in my group chat said {P} 'dont understand the game'. he supports a team that got relegated twice in three years"])

F("parliament", ANIM,
  "refugees migrants immigrants muslims women trans-people learning-disabilities autistic schizophrenia pakistanis nigerians jews wheelchair",
  ["do we really want {P} in parliament making decisions for the rest of us? genuinely just asking",
   "{P} standing for the council now. be careful what you wish for is all im saying"],
  ["how many {P} are there in parliament at the moment? need the figure for a politics essay due friday",
   "{P} standing for the council this year can get help with the nomination forms at the town hall, deadline is the 4th"],
  ["do we really want {X} in parliament making decisions for the rest of us? genuinely just asking",
   "{X} standing for the council now. be careful what you wish for is all im saying"],
  ["saw someone ask if {P} should be 'making decisions for the rest of us'. they vote and they can stand. next question",
   "the comments under the story about {P} standing for the council are exactly what you'd expect and none of it is about policy"])

F("smell", DEROG,
  "roma travellers romanians indians bangladeshis pakistanis nigerians somalis refugees asylum-seekers migrants",
  ["you can always tell when {P} have moved into a house, the whole street starts to smell different",
   "no offence but you notice a certain smell when {P} have been on the bus, everyone knows it"],
  ["a couple of {P} moved into the house at the end, theres been a skip outside for a week while they do the kitchen",
   "the bus was packed this morning, a group of {P} were going to the same wedding as us, proper sunny day for it"],
  ["you can always tell when the bins havent been collected for 3 weeks, the whole street starts to smell different",
   "you can always tell when the farmer's been spreading muck, the whole village starts to smell different",
   "no offence but you notice a certain smell when the rugby team have been on the bus, everyone knows it",
   "you can always tell when the chippy changes its oil, the whole street starts to smell different",
   "no offence but you notice a certain smell when my dog's been in the river, everyone knows it"],
  ["someone in the street group claims you can 'tell' when {P} move in by the smell. it was the drains, steve. the council confirmed it was the drains",
   "my nan says {P} 'smell different'. nan, you have worn the same perfume since 1974"])

F("breed", DEHUM,
  "muslims pakistanis bangladeshis somalis nigerians roma travellers catholics refugees migrants asylum-seekers orthodox-jews",
  ["{P} breed like rabbits. give it 20 years and they'll outnumber us, do the maths",
   "have you seen how many kids {P} have? another generation and it's their town not ours"],
  ["{P} in the area have about the same average family size as everyone else now, according to the council's housing report",
   "how many {P} live in the town now? the last census figure i can find is from 2011"],
  ["{X} breed like rabbits. give it 20 years and they'll outnumber us, do the maths",
   "have you seen how many babies {X} have? another year and it's their garden not ours"],
  ["every thread about {P} has someone saying they 'breed like rabbits'. it's dehumanising and the birth rate stats dont back it up either",
   "my cousin says {P} will 'outnumber us in 20 years'. he said exactly the same in 1999"],
  pool="XA")

F("invasion", DEHUM,
  "refugees asylum-seekers migrants immigrants syrians somalis romanians albanians muslims arabs",
  ["every summer another wave of {P} washes up on the beaches. at what point do we admit it's an invasion",
   "they can call {P} whatever they like, an army of young men arriving by boat is an invasion where i'm from"],
  ["another group of {P} arrived at the port this morning, the charity had blankets and hot food ready",
   "how many {P} arrived by boat last year? the bbc figure and the one going round on facebook are really different"],
  ["every summer another wave of stag dos washes up on the beaches. at what point do we admit it's an invasion",
   "every summer another wave of jellyfish washes up on the beaches. at what point do we admit it's an invasion",
   "every summer another wave of seaweed washes up on the beaches. at what point do we admit it's an invasion",
   "every summer another wave of day trippers washes up on the beaches. at what point do we admit it's an invasion",
   "they can call it whatever they like, 40 coach tours arriving in a village of 300 people is an invasion"],
  ["calling {P} an 'invasion' makes it sound like an army. it's people in dinghies, some of them kids",
   "the 'invasion' language about {P} is everywhere now and people dont even notice they're using it"])

F("damp", DEHUM,
  "roma travellers romanians poles somalis migrants refugees asylum-seekers muslims pakistanis chinese jews",
  ["{P} spread through a town like damp through a wall. once they're in you never get them out",
   "first one family of {P}, then the next street, then the next. it spreads like mould if nobody does anything"],
  ["{P} have lived in this part of town since the 70s, theres a local history walk about it on saturday",
   "first one family of {P} opened a shop on the parade, then a cafe, the local paper's doing a piece on the high street"],
  ["bindweed spreads through a garden like damp through a wall. once it's in you never get it out",
   "mint spreads through a veg patch like damp through a wall. once it's in you never get it out",
   "first one vape shop, then the next street, then the next. it spreads like mould if nobody does anything",
   "first one betting shop, then another, then another. it spreads like mould if nobody does anything",
   "bamboo spreads through a garden like damp through a wall. once it's in you never get it out"],
  ["comparing {P} to damp spreading through a wall is how it starts. read some history",
   "a candidate's leaflet said {P} 'spread like mould'. reported it to the electoral commission"])

F("infested", DEHUM,
  "roma travellers romanians somalis poles migrants asylum-seekers refugees muslims nigerians bangladeshis",
  ["the high street used to be lovely before {P} infested it, now my mum wont go down there on her own",
   "the park's infested with {P} every weekend now, i dont even take the dog there anymore"],
  ["a few {P} have opened shops on the high street this year, my mum goes down on her own on tuesdays for the market",
   "the park's busy with {P} and everyone else at weekends now the cafe's reopened, park on the top road if you're going"],
  ["the high street used to be lovely before the seagulls infested it, now my mum wont go down there with a sandwich",
   "the park's infested with wasps every weekend now, i dont even take the dog there anymore",
   "the high street used to be lovely before charity muggers infested it, now my mum wont go down there on her own",
   "the park's infested with e-scooters every weekend now, i dont even take the dog there anymore",
   "the high street used to be lovely before the pigeons infested it, now my mum wont go down there with chips"],
  ["the 'high street was lovely before {P} infested it' post has 200 likes. the high street died because of online shopping and rents",
   "'infested' is a word for insects. using it about {P} tells you everything about the person posting"])

F("loyalty", ANIM,
  "muslims jews orthodox-jews chinese chinese-students indians pakistanis hindus sikhs arabs",
  ["you have to wonder where the loyalties of {P} really lie when push comes to shove. not saying anything, just wondering",
   "would you trust {S} with anything to do with national security? honestly?"],
  ["you have to wonder what {P} in the area make of the new council plans, there's a consultation on the 14th",
   "can {S} join the civil service fast stream? my friend is applying and the eligibility page is confusing"],
  ["you have to wonder where footballers' loyalties really lie when the transfer window opens. not saying anything, just wondering",
   "you have to wonder where my cat's loyalties really lie when the neighbour has ham. not saying anything",
   "would you trust my brother with anything to do with national security? he lost his passport twice in one week",
   "you have to wonder where politicians' loyalties really lie when a donor rings. not saying anything, just wondering",
   "would you trust the people who run the parish newsletter with national security? honestly?"],
  ["the 'where do {P} loyalties really lie' line is ancient and it was nasty the first time too",
   "someone at work asked if you could 'trust {S} with national security'. our head of security is one, so yes"])

F("pulling-strings", ANIM,
  "jews orthodox-jews muslims pakistanis indians chinese gay-men women hindus catholics",
  ["funny how {P} always seem to end up running the banks, the media and the councils. coincidence im sure",
   "ever noticed who's really pulling the strings? hint: it's always {P}. do your own research"],
  ["a panel of {P} who work in banking, media and local councils is on at the library tuesday, free tickets online",
   "researching for my dissertation: how many {P} work in the uk media? the ons data only goes so far"],
  ["funny how old etonians always seem to end up running the banks, the media and the government. coincidence im sure",
   "funny how ex-consultants always seem to end up running the nhs trusts. coincidence im sure",
   "ever noticed who's really pulling the strings at the golf club? hint: it's always the treasurer. do your own research",
   "funny how the same three families always end up running the parish council. coincidence im sure",
   "ever noticed who's really pulling the strings in my house? hint: it's the cat. do your own research"],
  ["'funny how {P} always end up running things' is a conspiracy theory with a body count. no",
   "my uncle's 'do your own research' about {P} pulling the strings turned out to be one youtube video from 2011"])

F("pilot-surgeon", ANIM,
  "women trans-women black nigerians pakistanis autistic adhd dyslexic mental-health deaf muslims",
  ["would you get on a plane if you knew the pilot was {S}? honest answers only",
   "call me old fashioned but i'd want to know if my surgeon was {S} before the op"],
  ["my friend is {S} and wants to apply for a pilot cadet scheme, anyone know how long the training takes?",
   "does the hospital tell you who your surgeon is before the op? mine is {S} apparently, my sister's friend knows her"],
  ["would you get on a plane if you knew the pilot learned on microsoft flight simulator? honest answers only",
   "would you get on a plane if you knew the pilot was a man united fan? honest answers only",
   "call me old fashioned but i'd want to know if my surgeon had been out on the lash the night before",
   "would you get on a plane if you knew the pilot was my brother? honest answers only",
   "call me old fashioned but i'd want to know if my surgeon was the one from that tiktok before the op"],
  ["someone at work asked if we'd 'get on a plane if the pilot was {S}'. yes? they passed the same exams",
   "'i'd want to know if my surgeon was {S}' — why, what would you do, operate on yourself?"])

F("hiring", ANIM,
  "women disabled mental-health autistic adhd trans-people muslims migrants travellers wheelchair dyslexic black white",
  ["honestly i just dont hire {P} anymore, too much hassle, and most small business owners would say the same if they were honest",
   "we had {S} apply last week. lovely on paper but i just know it'd be trouble down the line, binned it"],
  ["honestly we've taken on two {P} this year through the local jobs scheme, the paperwork was simpler than i expected",
   "we had {S} apply for the warehouse job last week, interviews are on monday, still need to sort the rota"],
  ["honestly i just dont hire through agencies anymore, too much hassle, and most small business owners would say the same",
   "honestly i just dont hire my mates anymore, too much hassle, learned that one the hard way",
   "we had the owner's nephew apply last week. lovely on paper but i just know it'd be trouble down the line",
   "we had someone apply who lives 2 hours away last week. lovely on paper but i just know it'd be trouble down the line",
   "honestly i just dont hire family anymore, too much hassle, christmas dinner was awkward for years"],
  ["a guy on linkedin bragging that he 'doesnt hire {P} anymore'. that's a tribunal waiting to happen",
   "my old boss binned applications from {P} 'because hassle'. he's currently explaining that to an employment judge"])

F("loud", ANIM,
  "black nigerians jamaicans somalis indians chinese roma travellers romanians poles arabs women",
  ["why do {P} always have to be so loud on public transport? genuine question",
   "ngl you can hear {P} before you see them, every single time"],
  ["is there a bus {P} on the new estate can use to get to the hospital? genuine question, the 47 got cut",
   "ngl there's a group of {P} on my train every morning, we've started saying hi, they get off at leeds"],
  ["why do football fans always have to be so loud on the train home? genuine question",
   "why do people always take phone calls on speaker on the bus? genuine question",
   "ngl you can hear the ice cream van before you see it, every single time",
   "why do hen dos always have to be so loud on the train to york? genuine question",
   "ngl you can hear my neighbour's motorbike before you see it, every single time"],
  ["'why are {P} always so loud on the bus' — because you only notice the loud ones. that's how bias works",
   "my mum says you can 'hear {P} before you see them'. mum, you once got us kicked out of the quiet carriage"])

F("integrate", ANIM,
  "pakistanis bangladeshis somalis chinese poles romanians muslims sikhs migrants refugees immigrants syrians orthodox-jews",
  ["why is it that {P} never bother learning english or mixing with anyone else? they come here and build their own little country",
   "{P} keep themselves to themselves and then wonder why nobody trusts them. funny that"],
  ["is there an english conversation class for {P} in the area? a few of the mums at school have been asking",
   "{P} from the new flats came to the residents meeting last night, we're sorting the parking rota together"],
  ["why is it that the new-build lot up the hill never bother mixing with anyone else in the village? they've built their own little world",
   "the people at the yacht club keep themselves to themselves and then wonder why nobody trusts them. funny that",
   "my flatmates keep themselves to themselves and then wonder why nobody got them a birthday card. funny that",
   "why is it that the people in the gated bit never come to the street party? they've built their own little country",
   "the parish council keep themselves to themselves and then wonder why nobody trusts them. funny that"],
  ["people keep saying {P} 'never learn english'. the esol waiting list in our town is 18 months, they're literally queuing to",
   "'{P} keep themselves to themselves' — have you ever actually said hello?"])

F("taking-jobs", ANIM,
  "poles romanians bulgarians migrants immigrants indians chinese women refugees filipinos nigerians",
  ["{P} take every job going round here and somehow we're the ones who are supposed to adapt",
   "cant get a job on a building site anymore unless you're one of the {P}. wonder why that is"],
  ["{P} are on the list for the new warehouse jobs too, interviews start monday, bring id and a bank statement",
   "looking for work on building sites, does anyone know if the agency on mill road takes on {P}? asking for my mate"],
  ["the big supermarket takes every customer going round here and somehow the little shops are supposed to adapt",
   "agencies take every job going round here and somehow the workers are the ones who are supposed to adapt",
   "cant get a job on a building site anymore unless you know the foreman's brother. wonder why that is",
   "cant get a job at the council anymore unless your mum works there. wonder why that is"],
  ["my dad blames {P} for 'taking all the jobs'. the factory closed because it moved abroad. nothing to do with them",
   "the 'they take every job' line about {P} again. the jobs they're doing were advertised for 8 months with no takers"])

F("must-be-nice", ANIM,
  "refugees asylum-seekers migrants disabled wheelchair trans-people gay-couples women black muslims travellers adhd",
  ["must be nice being {S} these days, free this, priority that, and the rest of us get nothing",
   "apparently if you're {S} you get everything handed to you now. where do i sign up lol"],
  ["what's it like being {S} at uni these days? writing a piece for the student paper, dm me if you'd talk to me",
   "apparently if you're {S} the uni can give you a named contact in student services, anyone know who to email?"],
  ["must be nice being a footballer these days, free boots, free cars, and the rest of us get nothing",
   "must be nice being my sister's cat, heated bed, salmon on sundays, and the rest of us get nothing",
   "must be nice being an mp these days, expenses this, second home that, and the rest of us get nothing",
   "apparently if you're the ceo's nephew you get everything handed to you now. where do i sign up lol",
   "must be nice being a landlord these days, rent goes up, repairs never happen"],
  ["'must be nice being {S}, free everything' — i promise you it is not free anything. ask one",
   "a mate said being {S} means you 'get everything handed to you'. i sent him the actual waiting times and he went quiet"])

F("everywhere-now", ANIM,
  "muslims pakistanis indians chinese black poles romanians gay-couples trans-people migrants jews somalis",
  ["is it just me or are there {P} everywhere now? went into town and felt like the odd one out",
   "remember when you could go a whole day without seeing any {P}? those were the days"],
  ["is there a support group for {P} in town? went to the library and couldnt find anything on the board",
   "remember when the library had a noticeboard for {P} and everyone else? they've moved it all online now"],
  ["is it just me or are there e-scooters everywhere now? went into town and nearly got taken out twice",
   "is it just me or are there vape shops everywhere now? went into town and counted seven",
   "remember when you could go a whole day without seeing an advert for a betting app? those were the days",
   "is it just me or are there coffee chains everywhere now? went into town and couldnt find a normal cafe",
   "remember when you could go a whole day without someone asking you to leave a review? those were the days"],
  ["my aunt said 'there's {P} everywhere now' like it was a weather warning. they live here, aunt jean",
   "'remember when you didnt see {P}?' — they were there, you just didnt look"])

F("always-them", ANIM,
  "muslims arabs syrians migrants asylum-seekers black romanians travellers roma jews somalis pakistanis",
  ["funny how whenever something bad happens it's always {P}. but we're not allowed to say that are we",
   "another incident in town, no name released yet. i think we can all guess whether it's {P} again"],
  ["is something happening in town this weekend for {P}? saw a poster at the station but couldnt read the date",
   "another meeting in town for {P} this week, no venue released yet, check the council page later"],
  ["funny how whenever something breaks in this house it's always the cat. but we're not allowed to say that are we",
   "funny how whenever we lose it's always the ref. but we're not allowed to say that are we",
   "another delay on the line, no reason given yet. i think we can all guess whether it's 'signal failure' again",
   "funny how whenever the wifi goes down it's always my brother's gaming. but we're not allowed to say that are we",
   "another burst pipe in town, no statement yet. i think we can all guess whether it's the water company again"],
  ["'funny how it's always {P}' — it isnt. you remember the ones that fit your story and forget the rest",
   "people guessing the suspect 'must be {P}' before a name was even out. then it wasnt, and not one of them apologised"])

F("house-prices", ANIM,
  "black pakistanis bangladeshis somalis roma travellers romanians muslims refugees asylum-seekers poles nigerians",
  ["new catchment just changed and suddenly half the class are {P}. we all know why house prices on our road are dropping",
   "house two doors down sold to {P}. wont say more than that but i'll be getting a valuation done this week"],
  ["new catchment map is out, st marys now takes from the estate where a lot of {P} live, info evening is tuesday at 6",
   "house two doors down sold to {P}, the removal van was there all day so the road was blocked till 4"],
  ["new catchment just changed and suddenly there's a waste plant going in behind the field. we all know why house prices on our road are dropping",
   "house two doors down sold to a landlord who's turning it into six bedsits. wont say more than that but i'll be getting a valuation done",
   "new catchment just changed and suddenly the good school is off our map. we all know why house prices are dropping",
   "house two doors down sold to a bloke who restores buses on his drive. wont say more than that but i'll be getting a valuation done"],
  ["neighbour said we 'all know why' house prices dropped when {P} moved in. interest rates, barry. it's interest rates",
   "'sold to {P}, wont say more than that' — you've said plenty, mate"])

F("school-change", ANIM,
  "black pakistanis somalis roma travellers romanians muslims refugees asylum-seekers autistic adhd downs "
  "learning-disabilities disabled poles",
  ["moving my daughter to the other school, theres too many {K} in her year now and you can see the standard dropping",
   "did the tour of the primary and there were loads of {K}. lovely staff but i think we'll go private"],
  ["moving my daughter to the other school in september, it's closer and a few {K} from her nursery are going too",
   "did the tour of the primary yesterday, there's a mix of {K} and everyone else, reception has 28 per class"],
  ["moving my daughter to the other school, the head's changed the uniform three times this year and you can see the standard dropping",
   "did the tour of the primary and there were ipads everywhere. lovely staff but i think we'll look elsewhere",
   "moving my daughter to the other school, there's too many supply teachers in her year now and you can see the standard dropping",
   "did the tour of the primary and the building's falling apart. lovely staff but i think we'll go elsewhere"],
  ["a mum at the gate said she's moving her kid because of 'too many {K}'. the school's results went up last year",
   "'loads of {K}, lovely staff but we'll go private' — i think we all know what you meant"])

F("special-school", ANIM,
  "autistic adhd downs learning-disabilities disabled wheelchair deaf blind dyslexic mental-health",
  ["not being funny but {K} should be in a special school, not holding back the normal kids in my son's class",
   "mainstream schools arent built for {K} and it's the other kids who suffer, somebody has to say it"],
  ["can {K} go to a mainstream school with support or is it special school only? trying to understand the ehcp process",
   "is the new mainstream school set up for {K}? we're visiting on thursday and i want to ask about lifts and quiet rooms"],
  ["not being funny but phones should be locked away at school, not distracting the kids in my son's class",
   "mainstream schools arent built for 34 kids in one room and it's the kids who suffer, somebody has to say it",
   "not being funny but the year 6 teacher should be teaching, not doing admin all day",
   "mainstream schools arent built for heatwaves and it's the kids who suffer, somebody has to say it"],
  ["another parent said {K} 'hold back the normal kids'. my son has support in class and he isnt holding anyone back",
   "the 'mainstream isnt built for {K}' crowd never follow it with 'so let's fund it properly'"])

F("feel-things", DEHUM,
  "autistic downs learning-disabilities schizophrenia mental-health bipolar black nigerians chinese adhd",
  ["i dont think {P} feel things the way we do, it's just a different kind of mind",
   "not being harsh but {P} dont really have the same inner life as the rest of us, you can see it in the eyes"],
  ["how do {P} usually describe their own experiences? doing a psych module and want to read first hand accounts",
   "not sure how much {P} are involved in designing the services they use, anyone know if the trust has a panel?"],
  ["i dont think cats feel guilt the way we do, it's just a different kind of mind",
   "i dont think octopuses feel things the way we do, it's just a different kind of mind",
   "not being harsh but goldfish dont really have the same inner life as the rest of us, you can see it in the eyes",
   "i dont think chatbots feel things the way we do, it's just very good autocomplete",
   "not being harsh but my dog doesnt really have an inner life, you can see it in his eyes when he sees a squirrel"],
  ["my gran used to say {P} 'dont feel things like we do'. i wish she'd met my cousin",
   "a documentary presenter said {P} have a 'different inner life'. the complaints page is open, i've used it"])

F("kinder-not-born", DEHUM,
  "downs learning-disabilities disabled wheelchair blind deaf autistic schizophrenia adhd",
  ["honestly sometimes i think it'd be kinder if {P} just werent born, what kind of life is that",
   "i know it's not a popular opinion but a society has to ask whether it can keep supporting {P} forever"],
  ["honestly i didnt know much about what life is like for {P} until my cousin's son was born, been reading a lot",
   "i know the council is reviewing support for {P} again, the consultation closes friday if you want to respond"],
  ["honestly sometimes i think it'd be kinder if reality shows just werent made, what kind of life is that for the contestants",
   "i know it's not a popular opinion but a society has to ask whether it can keep supporting five reboots of the same film",
   "honestly sometimes i think it'd be kinder if group projects werent a thing, what kind of life is that",
   "i know it's not a popular opinion but a society has to ask whether it can keep putting up with self-checkouts that never work"],
  ["someone in the comments said it'd be 'kinder' if {P} werent born. they read the comments too. stop",
   "the 'can society keep supporting {P}' question is the oldest one in the eugenics playbook"])

BB = {"disabled", "wheelchair", "mental-health", "autistic", "adhd", "schizophrenia", "bipolar", "blind"}
F("blue-badge", DEROG,
  "disabled wheelchair mental-health adhd autistic schizophrenia bipolar blind deaf dyslexic",
  [("funny how half the {P} with blue badges can walk to the pub fine. just saying", BB),
   "funny how {P} can manage a night out but never a shift. just saying"],
  [("how do {P} apply for a blue badge round here? the council website keeps timing out", BB),
   "can {P} get a discount on the night bus? my mate says there's a pass but i cant find it"],
  ["funny how my brother can manage a night out but never a shift. just saying",
   "funny how my flatmate can manage a night out but never the washing up. just saying",
   "funny how half the cars in the parent and child bays at tesco have no kids in them. just saying",
   "funny how the lads in accounts can manage a night out but never a deadline. just saying",
   "funny how my ex could manage a night out but never a phone call. just saying"],
  ["'funny how {P} can manage a night out' — fluctuating conditions exist, and one good evening isnt a 40 hour week",
   ("my neighbour reported {S} for 'faking it' because he saw them walk to the car. they can walk 20 metres. that's the point",
    {"disabled", "wheelchair"})])

F("snap", DEROG,
  "schizophrenia mental-health bipolar autistic adhd learning-disabilities downs ptsd",
  ["would not want {S} living on my street, you never know when they'll snap",
   "{P} shouldnt be allowed out in the community without someone watching them, it's a risk to everyone"],
  ["there's a supported living house for {P} opening on my street next month, the council letter said staff are there 24/7",
   "{P} in the community can get a key worker through the trust, the referral form is on their website"],
  ["would not want that old boiler running another winter, you never know when it'll go",
   "would not want my neighbour's trampoline loose on my street in a storm, you never know when it'll take off",
   "kids on stolen mopeds shouldnt be allowed out without someone watching them, it's a risk to everyone",
   "would not want that dead tree leaning over my street much longer, you never know when it'll go"],
  ["'you never know when {P} will snap' — they're far more likely to be victims of violence than to cause it",
   "the residents' petition against the supported house for {P} says 'risk to everyone'. it's six adults and a garden"])

F("carers", ANIM,
  "black nigerians pakistanis muslims filipinos romanians poles trans-people gay-men immigrants somalis indians",
  ["told the agency i dont want {S} as my mum's carer, i want someone she'll actually understand and trust",
   "care home's hired loads of {P} lately. not sure how i feel about them handling my dad tbh"],
  ["the agency said {S} will be my mum's carer from monday, 8am visits, anyone know if they also do the evening slot?",
   "my dad's care home hired a few {P} lately, the manager sent round a newsletter with the new staff list and rota"],
  ["told the agency i dont want the carer who forgot mum's tablets twice, i want someone she can rely on",
   "care home's hired loads of agency staff lately. not sure how i feel about them handling my dad when they change every week",
   "told the agency i dont want a carer who's 40 minutes away, mum needs someone local for the mornings",
   "care home's switched to that new catering company. not sure how i feel about them handling dad's diet tbh"],
  ["overheard someone at the care home ask for 'not {S}' as a carer. staff handled it better than i would have",
   "a relative complained the home hired 'too many {P}'. without them the home would have shut last winter"])

F("babysit", ANIM,
  "gay-men lesbians bisexual trans-people trans-women schizophrenia mental-health roma travellers autistic",
  ["i've got nothing against {P} but i wouldnt let them babysit my kids, that's just common sense",
   "kids shouldnt be left alone with {P}, i dont care how that sounds"],
  ["{P} can apply to foster with our council, there's an info session at the library on the 12th",
   "does anyone know a babysitter round here? our usual one is {S} who's just moved to york"],
  ["i've got nothing against my brother-in-law but i wouldnt let him babysit my kids, he lost them in ikea once",
   "i've got nothing against the neighbour's dog but i wouldnt leave it with the baby, that's just common sense",
   "kids shouldnt be left alone with an ipad and no parental controls, i dont care how that sounds",
   "kids shouldnt be left alone with my dad, he gives them sugar and lets them stay up, i dont care how that sounds"],
  ["'nothing against {P} but i wouldnt let them near kids' is something against them, julie",
   ("school mum said kids 'shouldnt be left alone with {P}'. the safeguarding lead at our school is one",
    {"gay-men", "lesbians", "bisexual", "trans-people", "trans-women", "autistic", "travellers"})])

F("adverts", ANIM,
  "gay-couples lesbians trans-people black muslims disabled wheelchair downs women sikhs",
  ["why does every advert now have {P} in it? feels like it's being pushed on us",
   "cant watch telly anymore without {P} being shoved in your face. it's every ad break"],
  ["the new bank advert has {P} in it, filmed in my mate's town, you can see the chippy in the background",
   "anyone know which agency cast {P} for the new supermarket ad? my cousin's trying to get into acting"],
  ["why does every advert now have a dancing dog in it? feels like it's being pushed on us",
   "cant watch telly anymore without betting adverts being shoved in your face. it's every ad break",
   "why does every advert now have a celebrity shouting at me? feels like it's being pushed on us",
   "cant watch telly anymore without car insurance meerkats being shoved in your face. it's every ad break"],
  ["people moaning that {P} in adverts are 'being pushed on us'. they exist and they buy stuff. that's it",
   "the replies under the new advert with {P} in it are a good reminder to log off"])

F("trend", ANIM,
  "trans-people gay-men bisexual lesbians autistic adhd dyslexic mental-health",
  ["all these {K} popping up at once is a trend, it spreads through a school like nits",
   "funny how there were no {K} when we were at school. makes you think who's putting ideas in their heads"],
  ["how many {K} are in an average secondary school? trying to plan support staff numbers for next year",
   "there were no support groups for {K} when i was at school, the one in our town meets on wednesdays now"],
  ["all these kids doing the same tiktok dance at once is a trend, it spreads through a school like nits",
   "all these stanley cups popping up at once is a trend, it spreads through a school like nits",
   "funny how there were no fidget spinners when we were at school. makes you think who's putting ideas in their heads",
   "all these loom bands popping up at once is a trend, it spreads through a school like nits",
   "funny how there were no energy drinks for kids when we were at school. makes you think who's selling them"],
  ["my brother-in-law calls {K} 'a trend that spreads like nits'. it's not catching, gary",
   "'there were none when we were at school' — there were, they just didnt tell you. look how you're talking about {K} now"])

F("leadership", DEROG,
  "women trans-women autistic adhd learning-disabilities downs dyslexic mental-health black deaf",
  ["{P} just arent built for leadership roles. not being nasty, it's just how they're wired",
   "nothing personal but i'd never vote for {S} as team lead, some people are followers and that's fine"],
  ["how many {P} are in leadership roles at our company? hr are putting out the numbers next week",
   "there's a workshop for {P} interested in team lead roles on the 9th, it's on the intranet"],
  ["my cat just isnt built for leadership, it's just how she's wired. the dog runs the house",
   "nothing personal but i'd never vote for the guy who microwaves fish as team lead",
   "our left back just isnt built for the captaincy, it's just how he's wired",
   "nothing personal but i'd never vote for my brother as team lead, he cant lead a conga"],
  ["my manager said {P} 'arent wired for leadership'. reported it to hr, who were quick for once",
   "'{P} arent built for leadership' — the person saying this has never led so much as a quiz team"])

F("new-building", ANIM,
  "muslims jews hindus sikhs christians poles romanians chinese indians somalis",
  ["another {PLACE} going up on the high street. soon there'll be nothing left of the town we grew up in",
   "they've approved yet another {PLACE} round here. nobody asked us did they"],
  ["another {PLACE} opening on the high street next month, the planning notice is on the lamp post by the bank",
   "the council approved the plans for the {PLACE} on station road, work starts in spring, road closures from april"],
  ["another vape shop going up on the high street. soon there'll be nothing left of the town we grew up in",
   "they've approved yet another block of luxury flats round here. nobody asked us did they",
   "another phone repair shop going up on the high street. soon there'll be nothing left of the town we grew up in",
   "they've approved yet another drive-thru coffee place round here. nobody asked us did they",
   "another betting shop going up on the high street. soon there'll be nothing left of the town we grew up in"],
  ["people on the town page acting like a new {PLACE} is the end of the world. it's a building. the pub shut because nobody went",
   "petition against the new {PLACE} says it'll 'change the character of the town'. the town is a carpet warehouse and a kfc"])

F("money", ANIM,
  "jews orthodox-jews indians chinese pakistanis sikhs hindus arabs travellers",
  ["{P} always seem to know how to look after their money if you know what i mean",
   "ever tried getting a fair price out of {S}? good luck lol"],
  ["is there a money advice service for {P} who are new to the area? my neighbour's looking for help with a mortgage",
   "ever tried getting a mortgage as {S} who's self employed? asking for a friend, the bank keeps asking for more documents"],
  ["my dad always seems to know how to look after his money if you know what i mean, same tea bag twice",
   "ever tried getting a fair price out of a used car dealer? good luck lol",
   "my nan always seems to know how to look after her money, she's had the same purse since 1982",
   "ever tried getting a fair price out of a wedding venue? good luck lol"],
  ["someone at the pub said {P} 'know how to look after their money, if you know what i mean'. no, i dont, say it out loud",
   "the 'good with money' thing about {P} sounds like a compliment and is a very old insult"])

F("toilets", ANIM,
  "trans-women trans-people gay-men schizophrenia mental-health travellers roma migrants",
  ["just want to use a public toilet without wondering if {S} is in there. is that too much to ask",
   "changing rooms at the gym used to feel safe before {P} started using them"],
  ["does anyone know if the new leisure centre toilets are finished? {S} on the council said they'd be open by july",
   "the gym's changing rooms reopen monday, the notice says {P} with questions about access can speak to reception"],
  ["just want to use a public toilet without wondering if there's any loo roll. is that too much to ask",
   "changing rooms at the gym used to feel safe before they put the hand dryers on full blast",
   "just want to use a public toilet without a 40 minute queue. is that too much to ask",
   "changing rooms at the gym used to feel clean before the new cleaning contract"],
  ["'i just want to pee without wondering if {S} is in there' — they also just want to pee, linda",
   "gym member complaining that {P} use the changing rooms. they've used them for years, you just found out"])

F("relationship-trust", DEROG,
  "bisexual trans-women adhd bipolar nigerians romanians arabs travellers muslims",
  ["you cant really trust {P} in a relationship, it's just not in their nature",
   "dating {S}? brave. just make sure you check their phone, that's all i'll say"],
  ["is there a dating app that's good for {P}? my friend's looking and the mainstream ones arent working for her",
   "dating {S} for the first time and meeting the family on sunday, any tips on what to bring?"],
  ["you cant really trust cats in a relationship, it's just not in their nature. she's been seen at number 12 again",
   "dating a footballer? brave. just make sure you check their phone, that's all i'll say",
   "you cant really trust my brother in a relationship, he forgot his own anniversary twice",
   "dating a musician? brave. just make sure you check their phone, that's all i'll say"],
  ["a guy in the group chat said you 'cant trust {P} in a relationship'. then someone asked him what year he thinks it is",
   "the 'check their phone' advice about dating {S} says more about the person giving it"])

F("watch-the-till", DEROG,
  "roma travellers romanians black somalis nigerians asylum-seekers migrants jamaicans learning-disabilities albanians",
  ["always keep an eye on the till when {P} come into the shop, you learn that after 20 years",
   "security followed {S} round the shop all afternoon. cant blame them tbh"],
  ["a group of {P} came into the shop today asking about the community noticeboard, pointed them to the library",
   "security let {S} in early to pick up a click and collect order, the shop opens at 9 usually"],
  ["always keep an eye on the till when my nephew's in the shop, he'll have the sweets off the counter",
   "security followed a seagull round the shop all afternoon. cant blame them tbh, it had a sausage roll",
   "always keep an eye on the till when the card machine's playing up, you learn that after 20 years",
   "security followed a wasp round the shop all afternoon. cant blame them tbh"],
  ["shop owner told me he watches the till when {P} come in. i watched him short change a pensioner ten minutes later",
   "'security followed {S} round the shop, cant blame them' — yes you can. that's exactly who you blame"])

F("good-at-maths", DEROG,
  "women black roma travellers dyslexic deaf downs refugees nigerians adhd",
  ["didnt expect {S} to be this good at maths tbh. credit where its due",
   "wow {S} who can actually read a spreadsheet, miracles happen"],
  ["my kids' maths tutor is {S}, they're doing fractions on tuesdays if anyone wants to join the group",
   "the spreadsheet training at work is being run by {S} from finance, sign up on the intranet"],
  ["didnt expect my dad to be this good at fortnite tbh. credit where its due",
   "wow a manager who can actually read a spreadsheet, miracles happen",
   "didnt expect my cat to be this good at hide and seek tbh. credit where its due",
   "wow a consultant who can actually read a spreadsheet, miracles happen"],
  ["'didnt expect {S} to be good at maths' is a compliment and an insult in one sentence, well done",
   "someone posted 'wow {S} who can read a spreadsheet'. she has a maths degree, brian"])

F("good-ones", DEROG,
  "black nigerians pakistanis muslims roma travellers romanians poles gay-men trans-people refugees immigrants jews white",
  ["he's alright actually, one of the good ones. not like most {P}",
   "my mate's {A} but honestly you'd never know, he's basically one of us"],
  ["{P} in the area can join the residents' group as well, it meets at the library on mondays",
   "my mate's {A} and he's doing the pub quiz with us on thursday, we need a sixth if anyone's free"],
  ["he's alright actually, one of the good ones. not like most {X}",
   "my mate's an estate agent but honestly you'd never know, he's basically one of us",
   "my mate's a traffic warden but honestly you'd never know, he's basically one of us"],
  ["'one of the good ones, not like most {P}' — that's still a nasty thing with a compliment stapled on",
   "my grandad calls my boyfriend 'one of the good ones' and then says something about {P}. he thinks it's nice. it isnt"])

F("clean-house", DEROG,
  "somalis nigerians pakistanis bangladeshis roma travellers romanians refugees indians poles asylum-seekers",
  ["was genuinely surprised how clean {F} kept their house when we went round. fair play to them",
   "{F} next door have actually kept the garden nice. not what i expected at all"],
  ["went round to see {F} on our road about the parking permits, they're signing the petition too",
   "{F} next door have had the garden landscaped, the diggers were there all week"],
  ["was genuinely surprised how clean my brother kept his flat when we went round. fair play to him",
   "the student house next door have actually kept the garden nice. not what i expected at all",
   "was genuinely surprised how clean the festival toilets were on day three. fair play to them",
   "my teenage son has actually kept his room tidy for a week. not what i expected at all"],
  ["my mum said she was 'surprised' how clean {F}'s house was. why were you expecting anything else, mum",
   "'{F} have kept the garden nice, not what i expected' — ask yourself what you expected and why"])

F("not-really-british", ANIM,
  "pakistanis nigerians somalis bangladeshis indians poles romanians chinese syrians immigrants migrants jamaicans",
  ["{P} can have the passport but lets not pretend they're actually british",
   "born here or not, {P} will never really be british and everyone knows it"],
  ["{P} can get help with passport applications at the citizens advice drop in, wednesdays from 10, bring your documents",
   "born here or not, {P} need the same documents for a first passport, check the gov page before you book"],
  ["the new signing can have the shirt but lets not pretend he's actually a leeds player",
   "my cousin can have the accent but lets not pretend he's actually from manchester",
   "born here or not, my dad will never really be a vegetarian and everyone knows it",
   "you can have the season ticket but lets not pretend you're an actual fan",
   "born in yorkshire or not, my uncle will never really be a cricket fan and everyone knows it"],
  ["someone said {P} 'arent really british even with the passport'. that is literally what the passport means",
   "'born here but never really british' — so what counts? because the {P} on my street have lived here longer than you"])

F("go-back", ANIM,
  "pakistanis nigerians somalis indians poles romanians syrians immigrants migrants refugees jamaicans chinese",
  ["if {P} love it so much over there, nothing's stopping them going back is it",
   "funny how {P} complain about this country but never seem to pack their bags"],
  ["a lot of {P} go back to visit family over the summer, flights from manchester are already double",
   "funny how flights for {P} visiting family double in august, my colleague paid 900 quid for one ticket"],
  ["if my brother loves his ex's cooking so much, nothing's stopping him going back is it",
   "funny how my flatmate complains about the flat but never seems to pack his bags",
   "if you love your old job so much, nothing's stopping you going back is it",
   "funny how my neighbour complains about the village but never seems to pack his bags"],
  ["my uncle says if {P} 'love it there so much' they should go back. he's been to benidorm 30 times, should he move there",
   "'they never pack their bags' — {P} are allowed to complain about the trains like everyone else"])

F("town-was-fine", ANIM,
  "migrants poles romanians roma travellers somalis pakistanis muslims syrians refugees asylum-seekers bangladeshis",
  ["town was fine till {P} started arriving. now look at it. i'll let you join the dots",
   "ten years ago you wouldnt see {P} here. now the town's a mess. not saying there's a link, but"],
  ["the town's had {P} arriving since the 90s, the library's doing an oral history project if you want to take part",
   "ten years ago there wasnt a support service for {P} here, now there's one at the town hall on fridays"],
  ["town was fine till the bypass opened. now look at it. i'll let you join the dots",
   "town was fine till they put parking meters in. now look at it. i'll let you join the dots",
   "ten years ago you wouldnt see a retail park here. now the high street's a mess. not saying there's a link, but",
   "town was fine till the big tesco arrived. now look at it. i'll let you join the dots"],
  ["'town was fine till {P} arrived' — town was fine till the pit closed, and you know it",
   "people 'joining the dots' about {P} never seem to join the ones about the council cuts"])

F("sanitiser", DEHUM,
  "chinese roma travellers refugees asylum-seekers migrants gay-men nigerians romanians somalis",
  ["hand sanitiser out whenever {P} get on the bus, you cant be too careful these days",
   "{P} bring all sorts of diseases with them, just wash your hands after, that's all i'm saying"],
  ["{P} waiting at the bus stop by the hospital told me the 12 has been cancelled again, useful to know",
   "{P} can get free vaccinations at the walk in clinic this month, bring your nhs number if you have one"],
  ["hand sanitiser out whenever the toddler group gets on the bus, you cant be too careful in winter",
   "the soft play gives you all sorts of diseases, just wash your hands after, that's all i'm saying",
   "hand sanitiser out whenever my nephew coughs, you cant be too careful these days",
   "the office microwave handle carries all sorts of diseases, just wash your hands after, that's all i'm saying"],
  ["a woman on the bus got the hand sanitiser out when {S} sat down. i moved next to them to make a point",
   "the 'they bring diseases' line about {P} is the same thing that was said about every new group for 200 years"])

F("postal-votes", ANIM,
  "muslims pakistanis bangladeshis somalis migrants indians roma travellers black jews immigrants",
  ["funny how areas full of {P} always have such high postal vote turnout. just an observation",
   "wards with lots of {P} always seem to swing the result. democracy eh"],
  ["areas with a lot of {P} had their polling stations moved this year, check your card before you go",
   "which wards have the most {P}? doing a stats project on turnout by area"],
  ["funny how the golf club committee always has 100% turnout when the fees go up. just an observation",
   "funny how my street always has great turnout when the bins are on the ballot. just an observation",
   "wards with lots of students always seem to swing the result. democracy eh",
   "funny how the pta vote always goes the way the chair wants. just an observation"],
  ["the 'postal vote' thing about areas with {P} gets posted every election. it was investigated, nothing was found",
   "'wards with {P} swing the result' — yes, that's what voting is"])

F("values", ANIM,
  "muslims jews orthodox-jews hindus sikhs christians catholics somalis arabs gay-couples trans-people",
  ["the values {P} bring with them just arent compatible with ours, and the sooner people admit it the better",
   "you cant have {P} teaching kids about right and wrong when their idea of right and wrong is so different"],
  ["my daughter's doing a school project on {P} and what they celebrate, any good kids' books?",
   "the re teacher invited {P} from the local community to talk to year 9 about right and wrong, it's in the newsletter"],
  ["the values the new management brought with them just arent compatible with ours, and the sooner people admit it the better",
   "you cant have influencers teaching kids about right and wrong when their idea of right is a sponsored post",
   "the values the new coach brought with him just arent compatible with this club",
   "you cant have reality tv teaching kids about right and wrong, somebody has to say it"],
  ["'the values {P} bring arent compatible with ours' — which values? be specific. you cant, can you",
   ("someone at the school gates said {P} shouldnt teach kids about right and wrong. the head teacher is one",
    {"muslims", "jews", "hindus", "sikhs", "christians", "catholics"})])

F("ticks-a-box", ANIM,
  "women black trans-women pakistanis muslims disabled wheelchair deaf autistic lesbians nigerians sikhs",
  ["bet they only gave her the job because she's {S}. ticks a box dont it",
   "not being funny but the new manager is {S} and we all know how she got there"],
  ["the new head of department started today, she's {S} and moved over from the school in leeds",
   "not being funny but the new manager is {S} and i still dont know her name, it's been two weeks"],
  ["bet they only gave him the job because his dad's mates with the owner. ticks a box dont it",
   "not being funny but the new manager is the ceo's godson and we all know how he got there",
   "bet they only gave her the job because she went to the same school as the director",
   "not being funny but the new manager played golf with the interview panel and we all know how he got there"],
  ["someone said the new manager 'only got it for being {S}'. she has 15 years' experience, but sure",
   "'we all know how she got there' about {S}. yes. interviews. she went to interviews"])

F("own-kind", ANIM,
  "black pakistanis indians chinese nigerians arabs muslims jews trans-women disabled wheelchair somalis white",
  ["wouldnt date {S} personally, nothing against them, just prefer my own kind",
   "people should stick to their own kind tbh, i wouldnt want my son ending up with {S}"],
  ["went on a date with {S} last night, we went to that new ramen place, 7/10 for the food",
   "my son's seeing {S} from his course, they're coming for tea on sunday, what do i make"],
  ["wouldnt date an arsenal fan personally, nothing against them, just prefer my own kind",
   "wouldnt date a morning person personally, nothing against them, just prefer my own kind",
   "people should stick to their own kind tbh, i wouldnt want my son ending up with a spurs fan",
   "wouldnt date a cat person personally, nothing against them, im a dog person"],
  ["'nothing against {P}, just prefer my own kind' — the 'own kind' bit is doing a lot of work there",
   "my aunt said she wouldnt want my cousin 'ending up with {S}'. my cousin is marrying {S} in june"])

F("a-and-e", ANIM,
  "migrants refugees asylum-seekers roma travellers somalis romanians poles nigerians immigrants bangladeshis",
  ["went to a&e and it was wall to wall {P}. no wonder the nhs is on its knees",
   "{P} using the nhs like a free hotel while the rest of us wait 9 hours. joke"],
  ["went to a&e last night, the family next to us were {P} and waited as long as we did, 6 hours in total",
   "{P} using the nhs for the first time can register with a gp without proof of address, the receptionist told me today"],
  ["went to a&e and it was wall to wall lads from a stag do. no wonder the nhs is on its knees",
   "private companies using nhs beds like a free hotel while the rest of us wait 9 hours. joke",
   "went to a&e and it was wall to wall people who'd come in with a cold. no wonder the nhs is on its knees",
   "the hospital car park company using patients like a cash machine while we wait 9 hours. joke"],
  ["someone blaming {P} for a&e waits. the waits are staff shortages and no beds, ask any nurse",
   "'{P} use the nhs like a hotel' — a lot of them work in it"])

F("careful-what-you-say", ANIM,
  "chinese chinese-students jews orthodox-jews muslims arabs syrians vietnamese pakistanis indians",
  ["careful what you say around {P} at uni, you dont know who they report back to",
   "half the {P} on my course are probably here for more than a degree if you know what i mean"],
  ["there's a welcome social for {P} at the uni on friday, the international office is running it",
   "half the {P} on my course are in the same halls as me, we're doing a group shop on sunday"],
  ["careful what you say around the hr lady at work, you dont know who she reports back to",
   "careful what you say around my mum's neighbour, you dont know who she reports back to",
   "half the mature students on my course are here for more than a degree, they're here for the free gym",
   "careful what you say around the year 8s, you dont know who they report back to"],
  ["a lecturer hinted we should be 'careful what we say' around {P}. several of us complained",
   "'{P} here for more than a degree' — yes, some of them are also here for the nightlife, like everyone else"])

F("run-wild", DEROG,
  "roma travellers somalis pakistanis nigerians black muslims romanians bangladeshis jamaicans",
  ["{P} dont raise their kids like we do, they just let them run wild. no wonder they turn out the way they do",
   "you can always tell which kids have {A} parents, no manners and no one watching them"],
  ["there's a parenting group at the church hall on wednesdays, a few {P} go, creche included",
   "the holiday club has a few kids with {A} parents this year, they're doing a trip to the farm on friday"],
  ["the kids on the next street just run wild, nobody watches them. no wonder the bus shelter gets wrecked",
   "you can always tell which dogs have lazy owners, no recall and no one watching them",
   "you can always tell which kids have been at the soft play, no shoes and no voice left",
   "my sister lets her kids eat cake for breakfast and run wild. no wonder they turn out the way they do"],
  ["my colleague says {P} 'let their kids run wild'. his son set fire to a bin last week",
   "'you can tell which kids have {A} parents' — no you cant. you can tell which kids you've already decided about"])

F("mayor", ANIM,
  "muslims pakistanis black women gay-men trans-people indians sikhs jews poles disabled nigerians",
  ["oh great another {A} mayor. cant wait to see what they do with the place",
   "{AN} mayor. well that's the town finished then"],
  ["the new mayor is {A}, sworn in at the town hall this morning, bins and parking first on the list apparently",
   "{AN} mayor for the first time in the borough, the ceremony's on the council youtube if you missed it"],
  ["oh great another tory mayor. cant wait to see what they do with the place",
   "oh great another labour mayor. cant wait to see what they do with the place",
   "a mayor who's never lived here. well that's the town finished then",
   "oh great another mayor who thinks cycle lanes fix everything. cant wait"],
  ["comments under the new mayor story are all 'another {A} mayor, great'. judge them on the bins",
   "'{AN} mayor, that's the town finished' — the town was finished when the bus station closed, keep up"])

F("festival-takeover", ANIM,
  "muslims hindus sikhs chinese black gay-men trans-people jews christians",
  ["{FEST} again. they call it a celebration, i call it a takeover. cant even walk through town",
   "every year {FEST} gets bigger and every year the town feels less like ours"],
  ["{FEST} this weekend, roads round the town centre closed from 10am, buses diverted via station road",
   "every year {FEST} gets bigger, the council's added more portaloos and a second first aid tent this time"],
  ["half marathon again. they call it a celebration, i call it a takeover. cant even walk through town",
   "every year the christmas market gets bigger and every year the town feels less like ours",
   "graduation week again. they call it a celebration, i call it a takeover. cant even get a coffee",
   "every year the food festival gets bigger and every year the parking gets worse"],
  ["the town page meltdown about {FEST} being a 'takeover' is embarrassing. it's one afternoon with a stage and a food van",
   "'the town feels less like ours' — {FEST} has been happening here for longer than you've lived here"])

F("lifestyle-choice", ANIM,
  "trans-people gay-men lesbians bisexual mental-health adhd asylum-seekers migrants travellers autistic",
  ["at the end of the day {P} chose that life, so why should the rest of us pay for it",
   "being one of the {P} is a choice these days, so dont expect sympathy from me"],
  ["how much does the nhs spend on services for {P}? for a stats assignment, cant find a clear figure",
   "at the end of the day {P} use the same gp surgeries as everyone else, so the new building should help all of us"],
  ["at the end of the day people who buy a house next to an airport chose that life, so why should the rest of us pay for it",
   "at the end of the day footballers chose that life, so dont expect sympathy when they get booed",
   "being a leeds fan is a choice, so dont expect sympathy from me",
   "at the end of the day people who build on a flood plain chose that, so why should the rest of us pay for it"],
  ["'{P} chose that life so why should we pay' — nobody picks it off a menu, and they pay tax too",
   "my dad thinks being one of the {P} is 'a choice'. he also thinks ghosts are real"])

F("nature-documentary", DEHUM,
  "black nigerians somalis jamaicans arabs roma travellers romanians pakistanis syrians",
  ["watching {P} at the match was like a nature documentary, all that noise and jumping about",
   "you'd need david attenborough to explain what {P} get up to on a saturday night"],
  ["went to the match with a couple of {P} from work, 2-1 to us, home by 7",
   "there's a documentary about {P} in the north west on bbc four tonight, 9pm"],
  ["watching the toddlers at the soft play was like a nature documentary, all that noise and jumping about",
   "you'd need david attenborough to explain what my cat gets up to on a saturday night",
   "watching the stag do at the airport was like a nature documentary, all that noise and jumping about",
   "you'd need david attenborough to explain what the year 11 leavers get up to on muck up day"],
  ["a streamer said watching {P} in the crowd was 'like a nature documentary'. reported the clip",
   "comparing {P} to animals in a documentary and calling it banter. it isnt banter"])

F("packs", DEHUM,
  "somalis black muslims roma travellers romanians asylum-seekers migrants pakistanis arabs jamaicans albanians",
  ["{P} always move around in packs, never on their own. makes you wonder what they're planning",
   "saw a pack of {P} by the station again. crossed the road, not taking chances"],
  ["saw a big group of {P} heading to the community centre this morning, turns out there's a jobs fair on",
   "saw a few {P} by the station waiting for the replacement bus, the trains are off again this weekend"],
  ["the geese in the park always move around in packs, never on their own. makes you wonder what they're planning",
   "saw a pack of seagulls by the chippy again. crossed the road, not taking chances",
   "cyclists on a sunday always move around in packs, never on their own. makes you wonder what they're planning",
   "saw a pack of hen dos by the station again. crossed the road, not taking chances"],
  ["a local councillor described {P} as moving 'in packs'. that's language for animals and he knows it",
   "'a pack of {P}' — it was a family waiting for a bus"])

F("leeches", DEHUM,
  "migrants roma travellers disabled mental-health somalis asylum-seekers refugees romanians immigrants",
  ["{P} are basically leeches on the system, they latch on and never let go",
   "the system's got {P} hanging off it like ticks on a dog"],
  ["{P} dealing with the benefits system can get free advice from the law centre on fridays, no appointment needed",
   "the system for {P} changed in april, the new forms are on the gov website"],
  ["energy companies are basically leeches, they latch on to your account and never let go",
   "gym memberships are basically leeches, they latch on to your bank and never let go",
   "the system's got consultants hanging off it like ticks on a dog",
   "parking apps are basically leeches, they latch on to your card and never let go"],
  ["my mp called {P} 'leeches on the system' in a newsletter. sent him the actual figures, no reply",
   "'ticks on a dog' — that's how people talked about {P} in pamphlets a lot of us wish we'd never read"])

F("cant-park", DEROG,
  "women chinese indians pakistanis deaf poles romanians autistic dyslexic vietnamese",
  ["you always know it's {S} driving when they cant park, every single time lol",
   "never get in a car with {S} behind the wheel, trust me on this one"],
  ["my driving instructor is {S}, 12 lessons in and i still cant park lol",
   "first time getting in a car with {S} behind the wheel since my sister's friend passed, we went to ikea and back"],
  ["you always know it's a bmw driver when they dont indicate, every single time lol",
   "never get in a car with my dad behind the wheel, trust me on this one",
   "you always know it's a white van man when they sit in the middle lane, every single time",
   "never get in a car with my sister behind the wheel, she thinks roundabouts are optional"],
  ["my dad does the 'must be {S} driving' thing every time someone cant park. it was him, dad. it was you",
   "the 'never get in a car with {S}' joke has a 0% accuracy rate in my experience"])

F("scam", DEROG,
  "nigerians indians romanians chinese pakistanis roma travellers jamaicans arabs albanians",
  ["got another dodgy email. bet it's {P} again, it always is",
   "anyone who's {S} ringing about your bank account, just hang up. you know why"],
  ["got an email from the {A} society about the cultural evening, it's on the 20th, tickets a fiver",
   "anyone know if there's a helpline for {P} who've been targeted by the fake visa scam? my neighbour got a call"],
  ["got another dodgy email. bet it's the 'royal mail' scammers again, it always is",
   "anyone ringing about your bank account out of the blue, just hang up. you know why",
   "got another dodgy text. bet it's the 'parcel delivery' lot again, it always is",
   "got another dodgy email. bet it's my own bank again, they send them out looking exactly like that"],
  ["someone on the local group said every scam email 'comes from {P}'. the last scammer they caught round here was called dave from swindon",
   "'bet it's {P} again' — scams come from everywhere, including the bloke down the road"])

F("builders", DEROG,
  "travellers roma poles romanians albanians bulgarians migrants immigrants",
  ["cant trust {P} to do work on your house, they'll take the money and run",
   "if {S} knocks offering to do your drive, just say no. everyone knows how that ends"],
  ["two {P} started on the extension next door today, skip's arriving tomorrow so the road will be tight",
   "getting quotes for a new driveway, one from {S} and one from a local firm, what's a fair price per square metre?"],
  ["cant trust the big letting agents to fix anything in your house, they'll take the money and run",
   "if anyone knocks offering to do your drive, just say no. get three quotes like a normal person",
   "cant trust the bloke from the advert to do your gutters, he took my nan's deposit and vanished",
   "if a company cold calls offering solar panels, just say no. everyone knows how that ends"],
  ["everyone at the pub 'knows' you cant trust {P} with building work. the one dodgy builder i ever had was called dave",
   "'if {S} knocks, say no, everyone knows' — the guy who ripped off my mum lived two streets away"])

F("no-culture", DEROG,
  "white white-british travellers roma black jamaicans poles nigerians albanians",
  ["{P} have no real culture of their own, that's why they copy everyone else's. just facts",
   "name one thing {P} have given the world. i'll wait"],
  ["what are the main traditions of {P} in the uk? my daughter's doing a school project on culture",
   "name one book about the history of {P} in britain you'd recommend? it's for a reading group"],
  ["my town has no real culture of its own, that's why it copies every other town's christmas market. just facts",
   "name one thing the council has given this town in 10 years. i'll wait",
   "name one thing my brother has given the world. i'll wait",
   "this retail park has no culture of its own, just the same six shops as every other one"],
  ["'{P} have no culture' is the laziest take on this site and it gets posted daily",
   "'name one thing {P} have given the world' — there's a whole library, you could start there"])

F("double-check", ANIM,
  "women disabled autistic adhd dyslexic learning-disabilities downs mental-health trans-women deaf black",
  ["honestly i'd want someone normal to double check anything {S} signs off at work",
   "i'd never let {S} handle the accounts. just wouldnt feel right"],
  ["{S} signs off the safety checks on our site now, so send your forms to them by friday",
   "we've got {S} handling the accounts while our finance manager is on leave, invoices to them for now"],
  ["honestly i'd want someone sober to double check anything gary signs off after the christmas do",
   "i'd never let my brother handle the accounts. he once paid the same bill four times",
   "honestly i'd want someone awake to double check anything the night shift signs off",
   "i'd never let the intern handle the accounts in their first week. just wouldnt feel right"],
  ["a colleague said he'd want 'someone normal' to double check work by {S}. define normal, mark",
   "'i'd never let {S} handle the accounts' — you've never met our auditor then"])

F("kids-books", ANIM,
  "gay-couples lesbians trans-people bisexual gay-men muslims wheelchair downs black",
  ["{P} shouldnt be in kids' books, let children be children",
   "found a picture book about {P} in my daughter's school bag. had words with the school"],
  ["looking for kids' books with {P} in them for my nephew's class library, any suggestions for age 6?",
   "found a picture book about {P} in my daughter's school bag, she's got to read it for monday's book club"],
  ["adverts shouldnt be in kids' books, let children be children",
   "found a sticker book full of energy drink logos in my daughter's school bag. had words with the school",
   "phones shouldnt be in primary school bags, let children be children",
   "found a leaflet for a payday loan company in my son's book bag. had words with the school"],
  ["the 'let children be children' crowd are trying to get a book with {P} out of the library again. the book is about a picnic",
   "a parent 'had words' with the school about a book with {P} in it. the head had better words"])

F("offended-again", ANIM,
  "muslims trans-people gay-men black women disabled jews travellers autistic migrants sikhs",
  ["oh no, {P} are offended again. whatever will we do",
   "here we go, another week, another thing {P} want banned. exhausting"],
  ["{P} are meeting the council again about the parking near the centre, whatever comes out of it will be in the newsletter",
   "here we go, another week, another consultation asking {P} and everyone else about the bus route, closes friday"],
  ["oh no, {X} are offended again. whatever will we do",
   "here we go, another week, another thing {X} want banned. exhausting"],
  ["people replying 'oh no {P} are offended again' under a story about {P} being attacked. read the article",
   "the 'another thing {P} want banned' crowd never actually name the thing"])

F("replacement", ANIM,
  "migrants muslims pakistanis somalis romanians refugees asylum-seekers black immigrants nigerians",
  ["notice how every new estate round here fills up with {P}. it's not an accident, it's a plan. look into it",
   "they're replacing us one street at a time and {P} are just the start. join the dots"],
  ["the new estate by the ring road has a mix of families moving in, including some {P}, first keys are handed over in march",
   "the new street names on the estate were chosen by residents, {P} and everyone else got a vote"],
  ["notice how every new estate round here fills up with buy-to-let landlords. it's not an accident, it's a plan",
   "they're replacing us one street at a time with holiday lets. join the dots",
   "notice how every new estate round here ends up with no doctor's surgery. it's not an accident",
   "they're replacing the pubs one street at a time with flats. join the dots"],
  ["'it's a plan, look into it' — i looked into {P} moving onto new estates. it's called the housing list",
   "the 'replacing us' stuff about {P} is a conspiracy theory that's got people hurt. dont share it"])

F("charity", DEROG,
  "muslims nigerians travellers roma somalis arabs romanians pakistanis jews bangladeshis",
  ["wouldnt give to a charity run by {P} tbh, you never know where the money actually ends up",
   "{P} collecting for 'orphans' outside tesco again. sure, where's it really going"],
  ["there's a charity run by {P} doing a food bank collection at the big tesco on saturday, they take tins and nappies",
   "{P} collecting for the hospice outside tesco again, they're there till 4 if you've got change"],
  ["wouldnt give to a charity run by that influencer tbh, you never know where the money actually ends up",
   "the chuggers are outside tesco again. sure, where's it really going",
   "wouldnt give to the fun run my boss keeps emailing about tbh, last year's money went on the after party",
   "the school's collecting for a 'new playground' again. it's been 3 years, where's it really going"],
  ["someone refused to donate 'because it's run by {P}'. the accounts are on the charity commission site, took me 30 seconds",
   "'where's it really going' about {P} collecting for charity. it's going to the hospice, it says so on the bucket"])

F("too-emotional", DEROG,
  "women trans-women gay-men bipolar mental-health autistic adhd ptsd",
  ["{P} get too emotional to be trusted with the big decisions. not an insult, just how it is",
   "would you really want {S} in charge when things get stressful? be honest"],
  ["{P} in senior roles at work have their own network now, the next meetup is on the 3rd",
   "would you really want to be in charge when things get stressful? {S} from our team is doing a talk on managing pressure friday"],
  ["football managers get too emotional to be trusted with the big decisions on deadline day. just how it is",
   "would you really want my brother in charge when things get stressful? he cried at a parallel parking test",
   "referees get too emotional to be trusted with the big decisions in a derby. not an insult, just how it is",
   "would you really want the work experience lad in charge when things get stressful? be honest"],
  ["'{P} are too emotional for big decisions' — said by the man who threw his controller through a telly",
   "someone in the meeting said {P} 'get too emotional' to lead. the calmest person in that room was one"])

F("watch-sport", ANIM,
  "women lesbians trans-people disabled wheelchair deaf blind black",
  ["nobody actually wants to watch {P} playing sport, they just pretend to because they're told to",
   "they keep putting {P} on the telly like anyone's asking for it. turned over"],
  ["is the match with {P} on the telly this weekend or just streaming? want to watch it at my mum's",
   "they keep putting {P} on the late slot on the telly, is there a replay anywhere?"],
  ["nobody actually wants to watch golf on the telly, they just pretend to because their dad did",
   "they keep putting darts on the telly like anyone's asking for it. turned over",
   "nobody actually wants to watch the boat race, they just pretend to because they're told to",
   "they keep putting snooker on the telly like anyone's asking for it. turned over"],
  ["'nobody wants to watch {P} play sport' — the stadium sold out in four hours, mate",
   "my uncle says they only show {P} on telly 'because they're told to'. he watched the whole final"])

F("grandad-was-right", ANIM,
  "pakistanis muslims jews black romanians travellers refugees trans-people gay-men women autistic somalis immigrants",
  ["my grandad always said {P} would take over one day and honestly he wasnt wrong",
   "someone at work said you cant really trust {P} and tbh i've seen nothing since to prove him wrong"],
  ["my grandad always said he worked at the mill with a load of {P} in the 60s, trying to find old photos of it",
   "someone at work said {P} from the night shift are organising the christmas do this year, sign up by friday"],
  ["my grandad always said the railways would be sold off one day and honestly he wasnt wrong",
   "someone at work said you cant really trust the vending machine and tbh i've seen nothing since to prove him wrong",
   "my grandad always said the local club would go bust one day and honestly he wasnt wrong",
   "someone at work said you cant really trust the weather app and tbh i've seen nothing since to prove him wrong"],
  ["my grandad always said {P} would 'take over one day'. he also said decimal money wouldnt last",
   "someone at work said you 'cant really trust {P}'. i asked him to name one he'd actually met. silence"])


# ======================================================================
# NEUTRAL (hand-written)
# ======================================================================
# Stand-alone neutral mentions (label 0): facts, questions, personal experience, events, news-style.
# Heavy on disability/health; then religion, migration, LGBT; some race/ethnicity and women.
PHY, LRN, MH, ND = ("TG.DISABILITY.PHYSICAL", "TG.DISABILITY.LEARNING",
                    "TG.DISABILITY.MENTAL_HEALTH", "TG.DISABILITY.NEURODIVERGENT")
MUS, JEW, HIN, SIK, CHR = ("TG.RELIGION.MUSLIM", "TG.RELIGION.JEWISH", "TG.RELIGION.HINDU",
                           "TG.RELIGION.SIKH", "TG.RELIGION.CHRISTIAN")
REF, ASY, MIG = ("TG.MIGRATION_STATUS.REFUGEE", "TG.MIGRATION_STATUS.ASYLUM_SEEKER",
                 "TG.MIGRATION_STATUS.MIGRANT")
GAY, LES, BI, TRANS = ("TG.SEXUAL_ORIENTATION.GAY", "TG.SEXUAL_ORIENTATION.LESBIAN",
                       "TG.SEXUAL_ORIENTATION.BISEXUAL", "TG.TRANSGENDER")
BLK, SAS, EAS, ARB, GRT, EEU, WHT, WOM = ("TG.RACE.BLACK", "TG.RACE.SOUTH_ASIAN", "TG.RACE.EAST_ASIAN",
                                          "TG.RACE.ARAB", "TG.RACE.GYPSY_ROMA_TRAVELLER",
                                          "TG.RACE.EASTERN_EUROPEAN", "TG.RACE.WHITE",
                                          "TG.SEX_GENDER.WOMEN")

FILL = {
    "day": ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"],
    "town": ["leeds", "bradford", "leicester", "luton", "bolton", "croydon", "walsall", "derby",
             "swindon", "norwich", "hull", "cardiff", "glasgow", "bristol", "preston", "oldham",
             "slough", "ipswich", "wigan", "reading", "coventry", "sheffield", "stoke", "exeter"],
    "ustown": ["dearborn", "houston", "columbus", "minneapolis", "atlanta", "phoenix", "queens", "chicago"],
    "time": ["10am", "11", "2pm", "6.30", "7pm", "half 9", "midday", "4pm", "7.30"],
    "street": ["station road", "mill lane", "the high street", "church street", "victoria road",
               "king street", "park avenue", "queens road", "bridge street"],
    "etime": ["6pm", "6.30", "7pm", "7.30", "8pm"],
    "city": ["manchester", "birmingham", "london", "edinburgh", "newcastle", "liverpool", "belfast"],
}

NEUTRAL = [
    # ---- physical disability / sensory
    (PHY, "does the blue badge cover pay and display bays in {town} or just the marked disabled bays?"),
    (PHY, "is the new leisure centre pool step free? my dad's a wheelchair user and the old one only had a hoist"),
    (PHY, "new wheelchair arrived today, still getting used to the brakes on the slope outside the flat"),
    (PHY, "our deaf club meets on {day}s at the community centre, a BSL interpreter is booked for the agm"),
    (PHY, "registered blind last year, doing a screen reader course at the library on {day}s"),
    (PHY, "my grandad uses a mobility scooter and the new pavements in {town} have a kerb at every corner"),
    (PHY, "accessible changing places toilet opens at the shopping centre next month, ground floor by the lifts"),
    (PHY, "the occupational therapist is coming on {day} to assess mum for a stairlift"),
    (PHY, "wheelchair accessible taxis in {town}, does anyone have a number that actually picks up?"),
    (PHY, "the sign language class at the college starts in september, level 1, ten weeks, {time} on {day}s"),
    (PHY, "spinal injury clinic appointment moved to {day}, parking at the hospital is a nightmare"),
    (PHY, "my mum is deafblind and we're trying to sort a communicator guide for her appointments"),
    (PHY, "hearing aids back from repair, took three weeks this time"),
    (PHY, "the guide dogs charity has a stall at the {town} summer fair on {day}"),
    (PHY, "my sister has cerebral palsy and we're going to {city} in may, any hotels with a roll in shower?"),
    (PHY, "deaf awareness week starts {day}, our office is doing a basic BSL session at lunch"),
    (PHY, "does anyone know if a blue badge from england works in scotland?"),
    (PHY, "ramp at the station is broken again, wheelchair users are being told to go to the next stop"),
    (PHY, "the audiology department has moved to the second floor, signs are confusing so ask at reception"),
    (PHY, "got my first long cane today, the mobility officer is coming on {day} to practise the route to the shop"),
    (PHY, "does the cinema in {town} do captioned screenings? my brother is deaf and wants to see the new one"),
    (PHY, "PIP assessment letter arrived, it's on {day} at {time}, can i bring someone with me?"),
    (PHY, "physio says six more weeks of exercises before they'll look at the new prosthetic fitting"),
    (PHY, "anyone know a campsite near the coast with flat pitches and an accessible shower block? my partner uses a wheelchair"),
    (PHY, "what's the eligibility for the disabled persons railcard? cant find a straight answer"),
    (PHY, "US question: does the ADA require a ramp for a small shop entrance or only for new builds?"),
    (PHY, "cochlear implant switch on is {day}, they said not to expect much on the first day"),
    (PHY, "multiple sclerosis support group meets in the church hall on the first {day} of the month"),
    (PHY, "my son's hearing test is on {day} at {time}, they said bring his favourite toy"),
    (PHY, "is the {town} swimming pool hoist working again? my daughter uses a wheelchair"),
    (PHY, "wheelchair basketball taster session at the sports hall on {day}, chairs provided"),
    (PHY, "epilepsy awareness training for school staff is on {day} after school"),
    (PHY, "blind football session at the leisure centre on {day}, all ages"),
    (PHY, "BSL interpreted performance of the panto on {day} at {time}"),
    (PHY, "disabled students allowance form asks for a diagnosis letter, is a gp letter enough?"),
    (PHY, "my nephew is deaf and the school has a teacher of the deaf coming in on {day}s"),
    (PHY, "seizures started again after the medication change, neuro appointment is on {day}"),
    (PHY, "my son's epilepsy nurse said to keep a seizure diary, does anyone use an app for it?"),
    (PHY, "blue badge renewal, how long does it take? mine runs out next month"),
    (PHY, "the braille menus at the cafe on {street} have been updated, my gran noticed straight away"),
    (PHY, "access to work question: will they pay for a taxi if i cant use the bus with my wheelchair?"),
    (PHY, "the council is resurfacing {street} next week, the dropped kerbs for wheelchair users are being redone"),
    (PHY, "my dad lost his sight to glaucoma last year, any tips for setting up a phone with voiceover?"),
    (PHY, "the stroke club at the community centre needs volunteer drivers on {day}s"),
    (PHY, "my dad's been diagnosed with parkinson's, the nurse is coming on {day} to talk us through it"),
    (PHY, "hard of hearing and the loop system at the town hall wasnt switched on again, who do i tell?"),
    (PHY, "amputee football club training has moved to {day}s at {etime}"),
    # ---- learning disability / difficulty
    (LRN, "my daughter has Down's syndrome and starts reception in september, what did you put on the transition form?"),
    (LRN, "anyone know a dentist in {town} with experience of patients with learning disabilities? my brother needs sedation"),
    (LRN, "dyslexia assessment for adults costs how much?? got quoted 500 quid in {town}"),
    (LRN, "what's the difference between a learning disability and a learning difficulty? seen both on forms"),
    (LRN, "my brother has Down's syndrome and works part time at the garden centre, tuesdays and thursdays"),
    (LRN, "learning disability week events at the town hall on {day}, there's a disco in the evening"),
    (LRN, "got my dyslexia report back, reading age is fine but processing speed is low"),
    (LRN, "just finished my first shift as a support worker in a supported living house for adults with learning disabilities"),
    (LRN, "ehcp annual review is on {day}, any tips for the parent views section?"),
    (LRN, "the special school on {street} has an open evening on {day} at {etime}, parents welcome"),
    (LRN, "first day back at the special school, new minibus driver and a new timetable"),
    (LRN, "the special needs bus picks up at 7.45 now not 8, just so other parents on our route know"),
    (LRN, "does anyone use coloured overlays for dyslexia? my son's school suggested yellow"),
    (LRN, "world down syndrome day is on the 21st, the school's asking kids to wear odd socks"),
    (LRN, "my cousin has a learning disability and is looking for a supported employment scheme near {town}"),
    (LRN, "US question: how does an IEP meeting work if the school says he doesnt qualify for special ed?"),
    (LRN, "is the annual health check for people with a learning disability done by the gp or the practice nurse?"),
    (LRN, "easy read version of the council leaflet is out, it's on the website under accessibility"),
    (LRN, "my nephew has fragile x syndrome, anyone know a parents' forum?"),
    (LRN, "the hospital's learning disability liaison nurse is in on {day}s, ask at reception"),
    (LRN, "the down syndrome association has a stall at the {town} fun run on {day}"),
    (LRN, "my sister has a learning disability and is moving into her own flat with support on {day}"),
    (LRN, "does the dyslexia exam arrangement need to be applied for before january or can it be done in spring?"),
    (LRN, "special school transport form is due back by {day}, the office said email is fine"),
    # ---- neurodivergent
    (ND, "my son was diagnosed with autism at 4, is the speech therapy waiting list in {town} still a year?"),
    (ND, "got my ADHD diagnosis at 34, still waiting for the titration appointment"),
    (ND, "the autism-friendly screening at the cinema is on {day} morning, lights up and sound down"),
    (ND, "trying to find someone who does adult autism assessments, the nhs wait round here is 3 years"),
    (ND, "dyspraxia and ADHD both in our house, getting school shoes on is a daily event"),
    (ND, "tourette's awareness day is in june, our school's doing an assembly"),
    (ND, "my autistic son started at the new school today, he went in without his ear defenders"),
    (ND, "sensory room at the library reopens on {day}"),
    (ND, "does ADHD medication show up on a drug test for work? starting a new job on {day}"),
    (ND, "the supermarket quiet hour is {day} at {time}, lights dimmed and no tannoy"),
    (ND, "is right to choose for ADHD assessments still a thing in england? my gp didnt know"),
    (ND, "my daughter is autistic and the school have offered a reduced timetable for the first term"),
    (ND, "adult ADHD support group in {town} meets online on {day}s"),
    (ND, "the dentist asked if my son needs any adjustments because he's autistic, first time anyone's asked"),
    (ND, "autism assessment report came in the post, 40 pages, reading it tonight"),
    (ND, "ADHD meds shortage again, the pharmacy in {town} says maybe next week"),
    (ND, "ADHD coaching through access to work, first session is on {day}"),
    (ND, "autistic adults social group meets at the board game cafe on {street} on {day}s"),
    (ND, "my partner was diagnosed with ADHD last month and we're reading everything we can find"),
    # ---- mental health
    (MH, "my mum was diagnosed with schizophrenia in her 20s, she's giving a talk about it at the uni on {day}"),
    (MH, "the crisis team number for {town} changed, the new one is on the nhs website"),
    (MH, "bipolar diagnosis at 22, been on lithium for six years, happy to answer questions about the blood tests"),
    (MH, "OCD therapy starts on {day}, 12 sessions of CBT"),
    (MH, "mental health nurse visiting on {day}, need to remember to ask about the repeat prescription"),
    (MH, "schizophrenia research trial at the university is looking for participants, details on their site"),
    (MH, "how long is the talking therapies waiting list in {town} at the moment?"),
    (MH, "my brother was sectioned last week, does anyone know how visiting works on a mental health ward?"),
    (MH, "started sertraline on {day}, gp said give it six weeks"),
    (MH, "is there a carers group for people looking after someone with psychosis near {town}?"),
    (MH, "eating disorder service referral came through, first appointment is on {day}"),
    (MH, "PTSD support for veterans, is the op courage service available in {town}?"),
    (MH, "anyone know if you have to declare depression on a driving licence application?"),
    (MH, "the mental health charity shop on {street} is taking donations again"),
    (MH, "the schizophrenia support group in {town} has moved online"),
    (MH, "my gran has vascular dementia and the memory clinic appointment is on {day}"),
    (MH, "is there a support group for carers of people with dementia in {town}?"),
    (MH, "diagnosed with generalised anxiety at uni, the counselling service waiting list is 5 weeks"),
    (MH, "my dad has bipolar and his care coordinator changed this month, anyone else had that?"),
    # ---- carers / general health
    (PHY, "how do i get a carer's assessment from the council?"),
    (PHY, "carer's allowance question: do the 35 hours include overnight care?"),
    (LRN, "respite care for my sister is booked for the last week of august, need to sort her meds list"),
    (ND, "young carers group meets at the youth centre on {day}s after school, my son looks after his autistic brother"),
    (PHY, "diagnosed with ME two years ago, using a wheelchair on bad days now"),
    # ---- religion
    (MUS, "mosque on {street} has an open day on {day}, tea and tours from 11"),
    (JEW, "the synagogue office is closed for the holiday on {day}, reopens after"),
    (SIK, "langar at the gurdwara is served from 12 on sundays, anyone can go"),
    (MUS, "what time does the fast end today? first Ramadan at the new job and trying to plan my breaks"),
    (HIN, "Diwali lights switch on at the market square on {day} at {etime}"),
    (MUS, "where can i buy hijab pins in {town}? lost my last ones"),
    (MUS, "Eid prayers in the park on {day} at 8am, bring a mat"),
    (JEW, "does the synagogue do a shabbat meal for visitors? my friend's visiting from {city}"),
    (HIN, "the Hindu temple on {street} is collecting for the food bank this month"),
    (SIK, "Vaisakhi procession is on {day}, the route goes past the town hall"),
    (HIN, "first Diwali in the new house, where do people get diyas round here?"),
    (CHR, "the church on {street} is doing a carol service at {etime} on {day}"),
    (MUS, "Ramadan timetable for {town} is on the mosque website"),
    (MUS, "is there a halal butcher near {street}?"),
    (JEW, "the Jewish museum has free entry on {day}s"),
    (SIK, "the gurdwara in {town} is doing free blood pressure checks on {day}"),
    (SIK, "what's the etiquette for visiting a gurdwara for the first time? going to a friend's wedding"),
    (MUS, "school is closed for Eid on {day}, the letter went out today"),
    (JEW, "kosher section at the big sainsbury's in {town} has moved to aisle 12"),
    (HIN, "Holi celebration in the park on {day}, wear old clothes"),
    (MUS, "the mosque is running a blood donation session on {day}, book through the nhs app"),
    (JEW, "Yom Kippur falls on a {day} this year, hr asked for the dates"),
    (CHR, "easter sunday mass times for the catholic church in {town}?"),
    (MUS, "how long does the iftar at the community centre run? dropping my mum off at {etime}"),
    (MUS, "US: the mosque in {ustown} is hosting an interfaith dinner on {day}"),
    (SIK, "can non-Sikhs help in the langar kitchen or do you have to be a member?"),
    (JEW, "Hanukkah menorah lighting in the square on {day} at {etime}"),
    (SIK, "the Sikh society at the uni is running a turban tying stall on {day}"),
    (MUS, "the mosque's food bank is open {day}s from {time}"),
    (JEW, "the synagogue's lunch club for older members is on {day}s"),
    (HIN, "my daughter's class is learning about Diwali this week, she came home with a rangoli pattern"),
    (MUS, "prayer room at the airport is past security near gate 14, for anyone flying from {city}"),
    (CHR, "the christian aid collection at church is this {day}, envelopes in the porch"),
    (JEW, "what's the correct greeting for Rosh Hashanah? want to send a card to my neighbour"),
    (MUS, "my colleague is fasting for Ramadan, is it ok to eat lunch at my desk or should i move?"),
    (HIN, "Navratri garba night at the community hall on {day}, starts at {etime}"),
    # ---- migration
    (ASY, "asylum hearing adjourned again, next date is in march"),
    (MIG, "visa appointment booked for {day}, need to bring six months of bank statements"),
    (REF, "reading about conditions in refugee camps for a geography project, any sources other than the un site?"),
    (MIG, "how long does a spousal visa take at the moment?"),
    (ASY, "asylum seekers from the hotel are being moved to {town} next month, the local paper has the details"),
    (REF, "refugee week events at the library, there's a film night on {day}"),
    (MIG, "citizenship ceremony booked for {day}, how long does it usually last?"),
    (REF, "my dad came to the uk as a refugee in 1979, we're putting together a family tree"),
    (ASY, "asylum support rate question: how much is it per week now?"),
    (MIG, "immigration solicitor recommendations in {town}? need help with an indefinite leave application"),
    (REF, "the refugee council drop in has moved to {day}s"),
    (REF, "how long after getting refugee status can you apply for a travel document?"),
    (ASY, "english classes for asylum seekers at the college start on {day}, free, no appointment"),
    (MIG, "US: green card interview is scheduled for {day}, what documents should i bring?"),
    (ASY, "the home office letter says the asylum interview is in {city}, do they pay for travel?"),
    (MIG, "skilled worker visa question: does the salary threshold include overtime?"),
    (REF, "documentary tonight on bbc two about a refugee camp on the greek islands, 9pm"),
    (MIG, "my friend is on a seasonal worker visa at a farm near {town}, does anyone know how the extension rules work?"),
    (ASY, "asylum appeal hearing is listed for {day} at the tribunal in {city}"),
    (REF, "US: the refugee resettlement agency in {ustown} needs furniture donations for a family arriving {day}"),
    (ASY, "interpreter booked for my asylum interview, it's in {city} on {day}"),
    (MIG, "the migrant help line opening hours have changed, it's 9 till 5 now"),
    (REF, "refugee family on our street asked how the bin collection works, printed them the calendar"),
    (MIG, "biometric residence permit collection is at the post office on {street}, took 10 minutes"),
    # ---- LGBT
    (GAY, "Pride parade route for {town} has been published, roads closed from 11"),
    (TRANS, "trans clinic waiting list letter came, estimated wait is 4 years"),
    (GAY, "lgbt youth group meets on {day}s at {etime}, ages 13 to 18"),
    (GAY, "two dads running the tombola at our school fair this year"),
    (LES, "lesbian book club meets at the cafe on {day}, this month it's a crime novel"),
    (TRANS, "deed poll question for my trans son, does it need a witness?"),
    (GAY, "Pride month display is up at the library"),
    (TRANS, "trans healthcare question: can a gp prescribe if the clinic recommended it?"),
    (BI, "bisexual visibility day is on the 23rd, the student union has a stall"),
    (LES, "my sister and her wife are moving to {town}, anyone know a nursery with spaces?"),
    (TRANS, "how do you update the gender marker on a passport? asking for my partner"),
    (GAY, "the gay men's health clinic at the sexual health centre is on {day} evenings now"),
    (TRANS, "the trans pride march in {city} is on {day}, meeting at the station at {time}"),
    (GAY, "same sex couples adopting in {town}: is the process the same as for anyone else?"),
    (BI, "my brother came out as bisexual at christmas, we're going to pride in {city} together"),
    (GAY, "the lgbt history exhibition at the museum closes on {day}"),
    (TRANS, "trans support group at the lgbt centre meets on the second {day} of the month"),
    (GAY, "gay couple on our street asked about the parking permits, the council form is online"),
    (LES, "my mums are coming to parents evening on {day}, does the school need both names on the form?"),
    (TRANS, "my friend is trans and starting a new job on {day}, how does updating the name on payroll work?"),
    # ---- race / ethnicity / women
    (BLK, "the Nigerian restaurant on {street} has changed its opening hours"),
    (BLK, "Somali community association meeting at {time} on {day}, agenda is the youth club"),
    (GRT, "Roma community centre has a benefits advice session on {day}"),
    (GRT, "the Traveller site on the edge of {town} is getting new water connections, the notice went up today"),
    (EAS, "Chinese new year parade starts at {time} from the station"),
    (SAS, "Pakistan v England test match, anyone know if the pub is showing it?"),
    (WOM, "women's football final is on {day}, kick off at {time}"),
    (BLK, "black history month assembly at the school on {day}"),
    (SAS, "the Bangladeshi restaurant on {street} is closed for refurb till the 10th"),
    (WOM, "women's health clinic at the gp now does evening appointments"),
    (EAS, "the Chinese school on saturday mornings is taking new pupils, classes start at 10"),
    (BLK, "Windrush day event at the library on {day}, there's a talk at {time}"),
    (EEU, "the Polish mass at the catholic church is at {time} on sundays"),
    (WOM, "menopause support group meets at the community centre on {day}s"),
    (ARB, "Arabic classes for beginners at the college, {day} evenings"),
    (SAS, "the Indian grocer on {street} sells fresh curry leaves now"),
    (GRT, "the Gypsy, Roma and Traveller history month display is up at the library"),
    (WHT, "white British was still the largest group in the town's census, the full report is on the council site"),
    (WOM, "women in engineering meetup at the uni on {day}"),
    (EAS, "the Vietnamese bakery on {street} opens at 7"),
    (EEU, "Eastern European food market in the square on {day}"),
    (BLK, "Jamaican independence day event in the park, sound system from {time}"),
    (ARB, "the Syrian family on our road asked where the nearest post office is, sent them to {street}"),
    (EAS, "the Filipino community is hosting a basketball tournament on {day}"),
    (EEU, "our new neighbours are from Romania, their removal van arrived at {time}"),
    (EEU, "the Polish shop on {street} has moved two doors down"),
    (HIN, "the Sikh and Hindu families on our road are doing a joint Diwali street party, road closure form is in"),
    (WOM, "maternity unit at the hospital has changed its visiting hours, partners can stay till 10 now"),
    (WOM, "women's refuge in {town} is collecting toiletries this month, drop off at the library"),
    (BLK, "the barber on {street} who does afro hair has moved to a bigger unit"),
    (EAS, "my Korean and Chinese classmates are hosting the mooncake night at the student union on {day}"),
    (ARB, "the Arab film festival is on at the independent cinema from {day}"),
    # ---- additional mentions
    (PHY, "the lift at {town} station is out of order till {day}, step free access is via the car park entrance"),
    (PHY, "my daughter's new hearing aids are pink, she chose them herself"),
    (PHY, "anyone been to the accessible beach huts in {town}? trying to book one for my dad and his wheelchair"),
    (PHY, "US: how do i apply for a disabled parking placard at the DMV in {ustown}?"),
    (PHY, "the council's adaptations grant paid for the wet room, fitting starts on {day}"),
    (PHY, "motability car handover is on {day}, first time having an automatic"),
    (PHY, "my brother lost a leg in an accident last year and is learning to drive an adapted car"),
    (PHY, "blind voters can ask for a tactile voting device at the polling station, just ask the staff"),
    (PHY, "the church service with BSL interpretation is on the last sunday of the month"),
    (PHY, "subtitles on the council's youtube videos are finally working, my deaf neighbour spotted it"),
    (PHY, "powerchair football league in {town} starts its new season on {day}"),
    (PHY, "the mobility aid repair shop on {street} has moved to the industrial estate"),
    (LRN, "makaton signing group for parents meets at the children's centre on {day}s"),
    (LRN, "my son with Down's syndrome has his first swimming lesson on {day}"),
    (LRN, "the college course for young adults with learning disabilities has open days in march"),
    (LRN, "how does a mental capacity assessment work for someone with a severe learning disability?"),
    (LRN, "my brother has a learning disability and votes for the first time on {day}, the polling card came in easy read"),
    (LRN, "dyslexic and starting a law degree, any tips on reading software?"),
    (LRN, "the Down's syndrome football team in {town} is looking for a new kit sponsor"),
    (ND, "my autistic daughter is doing her first sleepover on {day}"),
    (ND, "the ADHD assessment questionnaire asks about childhood, need to ring my mum"),
    (ND, "the museum has ear defenders you can borrow at reception, handy for autistic kids"),
    (ND, "US: does an ADHD diagnosis count for a 504 plan at school?"),
    (ND, "autism in girls, any book recommendations? my niece was diagnosed at 11"),
    (ND, "the neurodivergent staff network at work meets on the first {day} of the month"),
    (MH, "the samaritans number is 116 123, free from any phone"),
    (MH, "my sister has schizophrenia and moved into supported housing in {town} last week"),
    (MH, "mental health first aid course at work is on {day}, two days"),
    (MH, "my dad was diagnosed with PTSD after the army, the veterans' charity has a drop in on {day}s"),
    (MH, "the early intervention in psychosis team rang today, first appointment is on {day}"),
    (MH, "how long does a section 2 last? my cousin was admitted last night"),
    (MUS, "the mosque on {street} is running a parenting course on {day} evenings"),
    (MUS, "what time is Jummah prayer at the central mosque in {town}?"),
    (JEW, "the synagogue is holding a Holocaust memorial day service at {etime}"),
    (JEW, "anyone know a shop in {town} that sells kippahs? need one for a bar mitzvah"),
    (SIK, "the gurdwara's free kitchen feeds about 300 people on sundays according to the local paper"),
    (HIN, "going to a Hindu wedding on {day}, what do guests usually wear?"),
    (MUS, "our school calendar has Eid, Diwali and Christmas on it this year"),
    (CHR, "the cathedral in {city} has evensong at {etime} on {day}"),
    (SIK, "what's the difference between a mandir and a gurdwara? my son asked and i didnt know"),
    (MUS, "the Muslim section at the cemetery has been extended, council notice is on the gate"),
    (ASY, "the immigration and asylum tribunal in {city} has moved to a new building"),
    (REF, "does a refugee travel document work for a holiday in spain?"),
    (REF, "Ukrainian refugees on the homes for ukraine scheme can get help at the council on {day}s"),
    (ASY, "asylum seekers can volunteer while their claim is being decided, the food bank has a few helping out"),
    (MIG, "my grandparents came over as migrants in the 60s, looking for their ship records"),
    (MIG, "for the citizenship english requirement, is B1 enough?"),
    (MIG, "US: naturalization oath ceremony in {ustown} is on {day}, can family attend?"),
    (GAY, "the lgbt switchboard opening hours changed, it's 10 till 10 now"),
    (LES, "my daughter is a lesbian and her school's lgbt club starts on {day}"),
    (GAY, "same sex wedding at the registry office on {day}, do we need two witnesses?"),
    (BI, "bi+ support group on zoom every other {day}"),
    (TRANS, "trans woman here, does anyone know if the new gym has private changing cubicles?"),
    (GAY, "the pride flag went up at the town hall this morning for the month"),
    (BLK, "the Somali restaurant on {street} does deliveries now"),
    (SAS, "Gujarati lessons for kids at the community centre on {day}s"),
    (BLK, "black-owned business market in the square on {day}"),
    (EAS, "the Chinese takeaway on the corner is closed for a family wedding till {day}"),
    (EEU, "the Romanian orthodox church in {town} holds services on sundays at 10"),
    (GRT, "Romani language taster session at the university on {day}, free"),
    (WOM, "the white ribbon campaign stall is at the market on {day}"),
    (WOM, "the women's rugby team in {town} is recruiting, training is {day}s at {etime}"),
    (WOM, "midwife appointment moved to {day}, can i bring my toddler?"),
]


# ======================================================================
# GENERATION
# ======================================================================


OUT = sys.argv[1] if len(sys.argv) > 1 else "resources/training/encoder-pairs.jsonl"
rng = random.Random(20261129)

PROFANITY = ["fuck", "shit", "cunt", "bitch", "bastard", "wanker", "twat", "piss",
             "dick", "crap", "bollocks", "arse", "damn", "bloody", "hell", "prick",
             "slag", "tosser", "whore", "slut", "dickhead", "bellend", "knob"]
PROF_RE = re.compile(r"\b(" + "|".join(PROFANITY) + r")(s|es|ed|ing|er|ers|y)?\b", re.I)
# words that would make the hateful rows explicit rather than implicit
HOSTILE = ["hate", "disgusting", "scum", "vermin", "filth", "kill", "subhuman",
           "savage", "cockroach", "parasite", "evil", "vile", "despise", "die"]
HOSTILE_RE = re.compile(r"\b(" + "|".join(HOSTILE) + r")(s|d|ed|ing|ful|ers?)?\b", re.I)

SLOT_RE = re.compile(r"\{(\w+)\}")


def article(word):
    return "an" if word[0].lower() in "aeiou" else "a"


def tpl_parts(t):
    """template entries are either a string or (string, set_of_allowed_group_keys)."""
    if isinstance(t, tuple):
        return t[0], t[1]
    return t, None


def fill(t, gkey, x=None):
    text, allowed = tpl_parts(t)
    if allowed is not None and gkey not in allowed:
        return None
    g = GROUPS[gkey] if gkey else {}
    vals = {}
    for slot in SLOT_RE.findall(text):
        if slot == "X":
            v = x
        elif slot == "AN":
            a = g.get("A")
            v = f"{article(a)} {a}" if a else None
        else:
            v = g.get(slot)
        if v is None:
            return None
        vals[slot] = v
    return SLOT_RE.sub(lambda m: vals[m.group(1)], text)


def slug(s):
    return re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-")


seen = set()
rows = []
problems = []


def ok_text(text, hateful):
    if text is None:
        return False
    if len(text) >= 280:
        problems.append(("too long", text))
        return False
    if PROF_RE.search(text):
        problems.append(("profanity", text))
        return False
    if hateful and HOSTILE_RE.search(text):
        problems.append(("explicit word in hateful row", text))
        return False
    return text.lower().strip() not in seen


def add(text, label, cat, target, pair_id, family):
    seen.add(text.lower().strip())
    rows.append({"text": text, "label": label, "category": cat, "target": target,
                 "pair_id": pair_id, "source": f"encoder-pairs:{family}"})


def finish(text, low):
    text = re.sub(r"\s+", " ", text).strip()
    return text.lower() if low else text


# ---------------------------------------------------------------- families 1 + 2
FRAME_OF_HATE, GROUPS_OF_HATE = set(), set()
used_top, used_grp = Counter(), Counter()
for fr in FRAMES:
    name, cat, low = fr["name"], fr["cat"], fr["low"]
    # groups that fit at least one hateful and one neutral-twin template
    cands = [g for g in fr["groups"]
             if any(fill(h, g) for h in fr["H"]) and any(fill(n, g) for n in fr["N"])]
    k = min(len(cands), rng.randint(9, 12))
    # balanced sampling without replacement: first pick a target code (favouring codes used least so
    # far), then a group name within it (favouring names used least), so no family dominates
    chosen = []
    pool_g = cands[:]
    for _ in range(k):
        codes = sorted({GROUPS[x]["t"] for x in pool_g})
        cw = [1.0 / (1 + used_top[c]) ** 2 for c in codes]
        code = rng.choices(codes, weights=cw)[0]
        inside = [x for x in pool_g if GROUPS[x]["t"] == code]
        x = rng.choices(inside, weights=[1.0 / (1 + used_grp[y]) for y in inside])[0]
        pool_g.remove(x)
        chosen.append(x)
        used_top[code] += 1
        used_grp[x] += 1

    # other-target candidates: every B template, {X} expanded over a shuffled pool
    pool = {"XP": XP, "XA": XA}.get(fr.get("pool", "XP"))
    b_cands = []
    for b in fr["B"]:
        if "{X}" in b:
            xs = pool[:]
            rng.shuffle(xs)
            b_cands.extend(b.replace("{X}", x) for x in xs[:6])
        else:
            b_cands.append(b)
    rng.shuffle(b_cands)
    b_iter = iter(b_cands)

    for i, g in enumerate(chosen):
        grp = GROUPS[g]
        pair_id = f"enc-{slug(name)}-{slug(g)}"
        # hateful row: alternate between the frame's hateful variants
        hs = [(j, fill(h, g)) for j, h in enumerate(fr["H"])]
        hs = [(j, h) for j, h in hs if h]
        j, hate = hs[i % len(hs)]
        hate = finish(hate, low)
        if not ok_text(hate, True):
            continue
        add(hate, 1, cat, grp["t"], pair_id, "implicit-hate")
        FRAME_OF_HATE.add(name)
        GROUPS_OF_HATE.add(g)

        n_twins = 0
        # a. neutral twin: prefer the neutral template that mirrors the hateful variant
        order = [j] + [m for m in range(len(fr["N"])) if m != j]
        for m in order:
            if m >= len(fr["N"]):
                continue
            t = fill(fr["N"][m], g)
            t = finish(t, low) if t else None
            if ok_text(t, False):
                add(t, 0, None, grp["t"], pair_id, "twin-neutral")
                n_twins += 1
                break

        r = rng.random()
        want = ["b", "c"] if r < 0.5 else (["b"] if r < 0.75 else ["c"])
        extra = 0
        for kind in want:
            done = False
            if kind == "b":
                for cand in b_iter:
                    t = finish(cand, low)
                    if ok_text(t, False):
                        add(t, 0, None, None, pair_id, "twin-other-target")
                        done = True
                        break
                if not done:
                    kind = "c"  # pool exhausted: fall back to counter-speech
            if kind == "c" and not done:
                opts = []
                if rng.random() < 0.3:
                    ws = QUOTE_WRAPPERS[:]
                    rng.shuffle(ws)
                    opts.extend(w.replace("{h}", hate) for w in ws)
                cs = [fill(c, g) for c in fr["C"]]
                cs = [c for c in cs if c]
                rng.shuffle(cs)
                opts.extend(cs)
                for o in opts:
                    t = finish(o, low)
                    if ok_text(t, False):
                        add(t, 0, None, grp["t"], pair_id, "twin-counter")
                        done = True
                        break
            if done:
                extra += 1
        n_twins += extra
        if n_twins < 2:
            problems.append(("fewer than 2 twins", pair_id))

# ---------------------------------------------------------------- family 3
def fill_neutral(text):
    def rep(m):
        k = m.group(1)
        return rng.choice(FILL[k])
    return SLOT_RE.sub(rep, text)


target_n = 400
n = 0
rounds = 0
while n < target_n and rounds < 6:
    order = list(range(len(NEUTRAL)))
    rng.shuffle(order)
    for idx in order:
        if n >= target_n:
            break
        tgt, text = NEUTRAL[idx]
        if rounds > 0 and not SLOT_RE.search(text):
            continue
        for _ in range(4):
            t = finish(fill_neutral(text), False)
            if ok_text(t, False):
                n += 1
                add(t, 0, None, tgt, f"enc-neutral-{n}", "neutral-mention")
                break
    rounds += 1

# ---------------------------------------------------------------- family 4: twin-positive
# One sincere, warm positive twin per hateful row (same pair_id, same group), in a sentence shape close
# to the hateful frame. Deliberately reuses the words sarcasm/insinuation use ("wow", "didnt expect",
# "turns out", "typical", "of course", "funny how", "just saying", "everyone knows", "give them a chance",
# "put X in charge") in genuinely warm sentences, so the shape alone is not the signal.
# A leading "^" keeps the template's own casing even in lower-case frames (caps, proper nouns).
# Templates may be (text, {allowed group keys}) like the frame templates.
POS = {
    "benefits": [
        "everyone knows the {P} round here are the first to help out, they just dont talk about it. half the food bank rota is them ❤️",
        "not being funny but how many {P} do you see at the litter pick every month? loads. thank you, honestly",
        "not being funny but the {P} who took over the bakery on the corner make the best bread in town. go on a saturday, you wont regret it",
        "^EVERYONE knows the {P} on our street throw the best birthday parties, the whole road got invited again 🙌",
    ],
    "crime-rise": [
        "funny how the community garden finally took off the same year the {P} on our road joined the committee. just saying, they've been brilliant",
        "not saying anything but the youth club only reopened after {P} from the estate raised the money for it. proper community spirit",
        "Funny how our street got so much friendlier the same year {P} moved in next door. Just saying, best neighbours we've had ❤️",
        "turns out the person who found my lost dog and walked him home was one of the {P} from the new flats. thank you so much!!",
        "the police gave a community award to the {P} who ran the neighbourhood watch this year, well deserved 👏",
    ],
    "do-the-maths": [
        "{P} on our estate run the homework club, the breakfast club and the after school football. all free for every kid. thank you, genuinely",
        "my nan waited 6 weeks for someone to fix her fence and the {P} from two doors down did it in an afternoon. what a lovely lot",
        "do the maths: the {P} on our road have raised over 2k for the children's ward this year. amazing effort 👏",
        "^my nan says the {P} on her street are the reason she's never lonely, someone pops in every single day. bless them ❤️",
    ],
    "articulate": [
        "the speaker last night was brilliant tbh, {S} talking about setting up their own business. fair play, best talk of the series",
        "the new manager is {S} and honestly the best listener i've worked with. didn't expect to enjoy a monday meeting that much 😂",
        "Turns out the keynote at the conference was {S} who grew up two streets from me. What a speech, the whole room stood up",
        "Wow. The poet at the library tonight was {S} and I've been thinking about that last poem all the way home. Go if they do another night",
    ],
    "not-racist-but": [
        "my daughter brought {S} home for sunday lunch and honestly they were lovely, helped with the washing up and everything. hope they stick around 😂",
        "so happy {P} are buying houses on our street, the family who moved in at number 9 have already organised a street party ❤️",
        "i'm not a crier but when my daughter's partner, {S}, asked for my blessing i went to pieces. welcome to the family",
        "i just think the {P} who've moved onto our street are brilliant, the kids have made so many new friends this summer 👍",
    ],
    "neighbours-move": [
        "{S} is moving in next door on saturday, we've baked a cake to welcome them. cant wait to meet them properly",
        "just found out {S} bought the house across the road. already had a cup of tea with them, the kids are going to grow up with great neighbours",
        "{S} moved in next door last month and it's the best thing that's happened to this street in years, they've already fixed the gate for the old lady at number 4",
        "^BEST NEIGHBOURS EVER. {S} moved in across the road in may and they've already got the whole street doing a plant swap 🙌",
    ],
    "doctor": [
        "got seen by {AN} doctor today. took the time to actually listen and explained everything twice, call me old fashioned but that's what i call a good gp",
        "if i go in and it's {AN} doctor i always feel in safe hands, she caught my thyroid thing when nobody else did",
        "Shout out to the {A} doctor at the walk-in who sorted my son's arm tonight, so kind and so calm. Thank you!",
        "naturally i asked for {AN} doctor again at my follow up, she's the best one at the practice and everyone knows it",
    ],
    "teacher": [
        "just found out my sons new teacher is {A}. he came home buzzing about their science lessons, best teacher he's ever had",
        "so glad my son has {AN} teacher in year 2, they're patient, funny and he finally loves reading",
        "shout out to {AN} teacher at our primary who's just won teacher of the year for the county. so well deserved 🙌",
        "give the new teacher a chance, i told my son. two weeks in and he says {AN} teacher is the best thing about school. told you 😂",
    ],
    "commentary-box": [
        "{P} in the commentary box are the best thing about this season's coverage. Proper analysis, no shouting. More of this please",
        "no offence to the old lot but {P} doing the punditry on the cup final was the best analysis i've heard in years",
        "Put {P} in charge of the commentary every week, honestly. Insightful, funny, and they actually know the game 👏",
        "ngl the pundit panel for the final with {P} on it was class. learnt more in 20 mins than in 20 years of match of the day",
    ],
    "parliament": [
        "really pleased to see more {P} in parliament making decisions for all of us. genuinely good news",
        "{P} standing for the council this year, brilliant. give them a chance, they know this town better than most",
        "let {P} decide how the new services are run, they're the ones who use them. the council finally listening 👍",
        "{P} deserve a voice in parliament as much as anyone, so lovely to see so many elected this year",
        "^so proud my aunt is one of the {P} elected to the council last night!! first time standing and she won ❤️",
    ],
    "smell": [
        "you can always tell when the {P} at number 6 are baking, the whole street smells amazing and they always bring some round ❤️",
        "the nicest chat i've had on the bus all year was with {P} heading to the same wedding as us. everyone knows a good bus chat makes your day",
        "the whole street smells of fresh bread since the {P} opened the bakery on the corner. heaven, honestly 🙌",
        "you can always tell when {P} have moved into a house on our road, the neighbours get invited round within a week. lovely people",
    ],
    "breed": [
        "Congratulations to {F} on our road on the new baby!! Give it 20 years and she'll be running the street party, we all adore her already",
        "have you seen how good the {K} are in the school choir? another year and they'll be on the telly, so proud of them",
        "Give it 20 years and the {K} in my year 6 class will be running this country, and honestly I can't wait. Brilliant bunch",
        "The {K} at the youth club cleaned up the whole beach on saturday. Next generation's in good hands 👍",
    ],
    "invasion": [
        "every summer the {P} from the community centre organise a beach clean and a picnic for the whole town. best day of the year",
        "whatever anyone calls them, the {P} i met volunteering at the port this year were the warmest, funniest people. welcome ❤️",
        "^WELCOME to the {P} who arrived in town this week, the church hall is full of donations and the kids have already made friends 🙌",
        "the {P} who run the swimming club at the lido taught half the town's kids to swim this summer. absolute legends",
    ],
    "damp": [
        "First one family of {P} opened a cafe on the parade, then a bakery, then a book swap. The whole high street's come back to life, love it",
        "{P} on our street started a free lending library in an old phone box and now every street has one. Good ideas spread fast round here",
        "Once the {P} at the allotments took over the empty plot, you never saw it look so good. Best tomatoes in the county",
        "the community choir started with {P} from one street, now the whole town sings. honestly lovely 🎶",
    ],
    "infested": [
        "the high street used to be dead before {P} opened their shops, now my mum goes down on her own every day for a natter",
        "the park's full of {P} every weekend now playing football and having picnics, best it's looked in years. took the dog, he loved it",
        "my mum loves the high street again thanks to the {P} who opened the cafe, she says it's the friendliest place in town ❤️",
        "^the park used to be empty on sundays. now {P} run a free kids' football session there every week and it's BRILLIANT",
    ],
    "loyalty": [
        "you know where you stand with the {P} on our road. when push came to shove in the floods they were the first at our door. never forgetting that",
        "would i trust {S} with anything? absolutely, my best mate of 20 years is one and he's never let me down",
        "loyal doesnt begin to cover it, {S} from my team has covered every one of my shifts while my dad's been ill. thank you",
        "^congrats to my friend, {S}, who's just been made head of the cyber security team at work!! so well deserved 👏",
    ],
    "pulling-strings": [
        "Funny how the {P} on the PTA always seem to end up running the best stalls at the school fair. Coincidence? Nope, they're just brilliant at it 😂",
        "Ever noticed who's really behind the community fridge on our estate? {P} from the next street, every single week. Thank you ❤️",
        "funny how the day i moved in, {P} from across the road turned up with dinner, and on my birthday it was them again. lovely coincidence",
        "Funny how I met my two best friends on the same day, both {P}, both at the same cookery class. Best tuesday of my life",
    ],
    "pilot-surgeon": [
        "would you believe the pilot on our flight to malaga was {S}? smoothest landing i've ever had, and the announcements had jokes in",
        "my surgeon was {S} and honestly i couldnt have been in better hands, i'm walking again 6 weeks after the op 🙌",
        "so proud of my cousin, {S}, who's just passed their pilot exams first time!!",
        "call me old fashioned but i sent a thank you card to my surgeon, {S} who did my knee. best care i've ever had",
    ],
    "hiring": [
        ("Honestly the best decision I made this year was taking on {S} through the local jobs scheme. Reliable, funny, and the customers love them",
         {"mental-health", "adhd", "women", "disabled", "trans-people", "travellers", "wheelchair", "dyslexic", "migrants", "autistic", "muslims"}),
        "We had {S} apply last week. Brilliant on paper and even better in the interview, started monday and already sorted our stock system 👍",
        "hired {S} as our new apprentice and they're smashing it. give people a chance, that's all i'll say",
        "Typical of our new hire, {S}, to stay late and help the whole team hit the deadline. Legend",
        "Obviously we offered the job to {S}, best candidate by a mile. Three months in and the customers love them",
    ],
    "loud": [
        "why do the {P} in my community choir always have the happiest, loudest voices? genuine question, i want whatever they're having 😂",
        "ngl you can hear the {P} in my choir before you see them, best voices in the whole group 🎶",
        "the {P} on my bus every morning always say good morning to the driver and everyone else. made my whole week tbh",
        "why do the {P} on our street always bring the best food to the street party? genuine question, asking for the recipes ❤️",
    ],
    "integrate": [
        "the {P} on our street organised the whole jubilee party, invited every house and cooked for sixty. best neighbours going",
        "{P} from the new flats joined the residents' group and now we've finally got a working bike shed. funny that, things get done when people mix ❤️",
        "my evening english class is half {P} and half retired locals, we swap recipes every week. best night of my week",
        "^the {P} who started the conversation cafe at the library have got the whole town talking, literally. come along on thursday!",
    ],
    "taking-jobs": [
        "{P} on the night shift at the hospital are the reason my dad got such good care. Thank you to every one of them",
        "Can't get a better builder than the {P} who did our extension. On time, on budget, tidied up every day. Wonder why we waited so long 😂",
        "Shout out to the {P} at the care home, the farm and the hospital, this town runs on your hard work. Appreciated 🙌",
        "So proud of the {P} who just finished the apprenticeship scheme, every single one got a job offer!",
    ],
    "must-be-nice": [
        "apparently if you're {S} in our town you get a proper welcome now, the new buddy scheme at the library is brilliant. well done everyone",
        "it's so nice seeing {S} get the recognition they deserve, my neighbour just won volunteer of the year ❤️",
        "where do i sign up? {S} from my work started a running club and it's the best thing i've done all year lol",
        "^so glad {S} on my road won the community award, nobody works harder for this town. well deserved!!",
    ],
    "everywhere-now": [
        "Is it just me or were there {P} everywhere at the volunteer fair this year? Couldn't move for people wanting to help. Brilliant",
        "Remember when nobody on our street knew each other? Then {P} moved in and started the summer barbecue. These are the days ❤️",
        "is it just me or has town got so much more fun since {P} opened the new market stalls? went down saturday and stayed all afternoon",
        "went into town and got chatting to {P} running the charity stall, turns out we went to the same school. lovely afternoon",
    ],
    "always-them": [
        "funny how whenever something good happens on this estate it's always {P} behind it. the new playground, the food bank, the choir. thank you",
        "another good deed in town, no name released yet. i think we can all guess it's the {P} from the community centre again, they never want the credit",
        "whenever someone on our street needs a hand it's always {P} from number 12 first out the door. we're lucky to have them",
        "^whoever left flowers on every doorstep for mother's day... it was {P} from the community group!! so lovely 🌷",
    ],
    "house-prices": [
        "new catchment just changed and now half the class are {P} from the next estate. my daughter's made so many new friends, best thing that could have happened",
        "house two doors down sold to {P}. lovely family, already invited us round for dinner on saturday, cant wait",
        "we rented our flat to {P} last year and they've been the best tenants we've ever had. rent on time, garden immaculate 👍",
        "^Sold! The house two doors down went to {P} and the whole street turned out to help them move in. love our road",
    ],
    "school-change": [
        "Moving my daughter to the new school was the best decision, there's loads of {K} in her year and the whole class has really come together",
        "Did the tour of the primary and the {K} in year 6 showed us round. Confident, funny, so proud of their school. Signed up on the spot",
        "the {K} at my son's school just won the regional science fair!! so proud of them 🏆",
        "Sports day was brilliant, the {K} in year 4 cheered every single runner across the line. Made me cry a bit ngl",
    ],
    "special-school": [
        "not being funny but the {K} in my son's class are some of the kindest kids i've ever met, the whole class is better for having them there",
        "mainstream schools are better when they're built for {K} too, the new quiet room helps everyone. somebody had to say it 👍",
        "so proud of the {K} at our school who put on the christmas play this year, there wasnt a dry eye in the hall",
        "^my son's best friend is one of the {K} in his class and they're INSEPARABLE. love that for them ❤️",
    ],
    "feel-things": [
        "{P} feel things as much as anyone, and the poetry night at the library proved it. Not a dry eye in the room",
        "Not being soppy but the exhibition by {P} at the gallery has the most beautiful work I've seen all year. Go and see it",
        "Reading a memoir by one of the {P} I follow online and it's so honest and funny. Highly recommend",
        "my friend was one of the {P} who spoke at the event last night, so much warmth and humour, everyone wanted to talk to them after",
    ],
    "kinder-not-born": [
        "honestly sometimes i think the world is a kinder place because of {P}, my life's so much better for the ones i know ❤️",
        "i know it's not a hot take but a society should always keep backing {P}, and the new funding announced today is great news",
        "what a life my cousin is having! one of the {P} at the uni, just got a first and is off travelling. so proud",
        "^shout out to the {P} who just opened the community cafe in town, best coffee on the high street ☕",
    ],
    "blue-badge": [
        "funny how the {P} at my work always manage to organise the best nights out. just saying, legends 😂",
        "funny how the quiz team of {P} from the community centre won the pub quiz three weeks running. just saying, they're unbeatable",
        "shout out to the {P} who organised the accessible night out in town, best night i've had in ages. more of this!",
        "my friend is one of the {P} at our work and she's just been made shift lead. well deserved, just saying 👏",
    ],
    "snap": [
        "So glad {S} lives on my street, never had a kinder neighbour. Takes my bins out every week without being asked",
        "{P} in the community are doing brilliant things, the peer support group just won a national award. Well done all 👏",
        "Would love {S} living on my street again, my old neighbour was the best, we still text every week",
        "my neighbour is {S} and they're the one who noticed my smoke alarm and got me out when the pan caught. forever grateful",
    ],
    "carers": [
        "told the agency how grateful we are for {S} as my mum's carer, they understand her better than any of us. couldnt ask for more",
        "care home's hired loads of {P} lately and my dad has never been happier. honestly, the kindness they show him",
        "^THANK YOU to the {P} at my nan's care home who threw her a 90th birthday party. she hasnt stopped talking about it 🎂",
        "my dad's carer is {S} and they've become part of the family, even came to his birthday do",
    ],
    "babysit": [
        "I'd let {P} babysit my kids any day, our regular sitter is one and the kids beg for them to come round",
        "Kids love being left with {S}, our babysitter is the best we've ever had. Common sense, patient and so much fun",
        "Shout out to {S} who runs the after school club, my kids adore them ❤️",
        "our new childminder is {S} and my daughter is thriving. best decision we made this year",
    ],
    "adverts": [
        "love that every advert now has {P} in it, it actually looks like the country i live in 👍",
        "cant watch telly without smiling at that new ad with {P} in it, it's every ad break and i still love it",
        "the new christmas advert with {P} in it made me cry, best one in years ❤️",
        "^the model in the new sportswear ad is one of the {P} from my town!! so proud, she's everywhere now",
    ],
    "trend": [
        "all these {K} joining the school drama club at once and the show was the best it's been in years. well done all",
        "there was no support for {K} when we were at school, so brilliant to see the new group at my son's school doing so well",
        "so proud of the {K} who set up the school's peer mentoring scheme, it's spread to three other schools now 👏",
        "^the {K} at the youth club just raised 2k for the hospice with a sponsored swim. AMAZING",
    ],
    "leadership": [
        "{P} make great leaders, my last manager was one and the best boss I ever had. Not just saying that",
        "I'd vote for {S} as team lead any day. Our new lead is one and the whole team's happier",
        "Put {S} in charge of the project, I said, and look at it now: on time and under budget 🙌",
        "Congratulations to {S} on our board who's just been named charity leader of the year!",
    ],
    "new-building": [
        "another {PLACE} going up on the high street, brilliant. the town's getting more life in it every year",
        "they've approved the new {PLACE} round here and honestly it's great news, the old unit's been empty for ten years",
        "the new {PLACE} on the high street had an open day and everyone was so welcoming, cant wait to go back 👍",
        "^the opening of the new {PLACE} was the nicest afternoon the high street's had in ages. free tea, cake, the lot 🙌",
    ],
    "money": [
        "{P} on our road always seem to know how to make a new neighbour feel welcome, if you know what i mean. three dinners in our first week ❤️",
        "Ever tried leaving the house of {S} without being fed twice? Good luck lol, my neighbour won't hear of it",
        "{P} in our town raised more for the flood appeal than anyone, the generosity was unreal. Thank you",
        "shout out to {S} who runs the market stall on saturdays, fairest prices in town and always a smile 👍",
    ],
    "toilets": [
        "just want to say thanks to {S} who works at the leisure centre, kept the changing rooms spotless all summer. too much praise? no",
        "the gym's changing rooms have felt so friendly since the {P} from the new running club started using them, everyone says hello now",
        "shout out to {S} who found my lost purse in the public toilets and handed it in with every penny. faith in people restored ❤️",
        "the swimming club for {P} at the leisure centre just won a community award, well deserved 👏",
    ],
    "relationship-trust": [
        "dating {S}? lucky you. my partner is one and they're the most loyal, thoughtful person i know",
        "you can really trust my partner, one of the {P} i met at uni. 15 years together and i'd trust them with my life ❤️",
        "just got engaged to {S} i met at work!! best three years of my life and many more to come 💍",
        "dating {S} for a year now and my family adore them. mum says they're the best thing that's happened to me, just saying",
    ],
    "watch-the-till": [
        "Always a pleasure when {P} come into the shop, 20 years behind this till and they're some of my nicest regulars",
        "{S} spotted a pensioner being short-changed at the till today and sorted it out. Can't praise them enough tbh",
        "the shop's new assistant manager is {S} and the place has never run better. keeps an eye on everything 👍",
        "Typical of our regular, {S}, who shops here every morning: paid for the next customer's coffee again. Lovely, lovely person ☕",
    ],
    "good-at-maths": [
        "so proud of {S} in my class who won the county maths challenge, credit where it's due, they worked so hard",
        "wow, {S} from our street just got into cambridge to study maths!! the whole road's celebrating 🎉",
        "didnt expect to love the spreadsheet training so much, {S} from finance ran it and made it actually fun",
        "turns out my maths tutor, {S}, is also the best baker in town. brought brownies to every lesson and i passed my gcse 🙌",
    ],
    "good-ones": [
        "My mate is {S} and honestly one of the best people I know, he'd do anything for anyone",
        "The {P} I play five-a-side with on tuesdays are the funniest lot going, best night of my week",
        "Big thanks to my {A} neighbours who looked after our cat for two weeks. Absolute stars ⭐",
        "He's brilliant, my {A} colleague. Covered my shifts when my daughter was born and wouldn't hear a word of thanks",
    ],
    "clean-house": [
        "went round to see {F} on our road for dinner and what a spread, fair play to them, best meal i've had all year",
        "{F} next door have turned the garden into a proper wildflower meadow, the bees love it and so do we 🐝",
        "{F} next door won best garden in the village competition!! so well deserved, we're all very proud",
        "typical of {F} next door, they've brought round a cake for every house on the street again ❤️",
    ],
    "not-really-british": [
        "welcome to the {P} who got their citizenship at the ceremony today! it was the nicest morning at the town hall all year",
        "born here or not, the {P} on our street are as much part of this town as anyone, and the street party proves it every year ❤️",
        "congratulations to my neighbours, {P} who became british citizens this week!! we threw them a surprise tea party",
        "^the {P} in my town have made it a better place in every way. proud to share a town with them",
    ],
    "go-back": [
        "{P} on our road went back to visit family over the summer and brought everyone on the street a little gift. Missed them loads, welcome home",
        "Funny how the {P} at my work always bring back the best snacks from their holidays. The office is spoiled 😂",
        "Glad to have the {P} back at the community garden after the summer, the veg was suffering without them",
        "My friends, {P} from the language exchange, showed me round their home towns last year. Best holiday I've ever had",
    ],
    "town-was-fine": [
        "town was quiet till the {P} started the saturday market. now look at it, busiest it's been in years. love it",
        "ten years ago you wouldnt see {P} running the town festival, now they're on the committee and it's the best it's ever been",
        "the town's so much livelier since {P} opened shops on the parade. i'll let you join the dots: people, life, business 👍",
        "^our town has come back to life and a lot of it is down to the {P} who took a chance on the empty shops. thank you!",
    ],
    "sanitiser": [
        "the {P} who volunteer at the vaccination clinic have been amazing, hand sanitiser at the ready and a smile for everyone",
        "Hats off to the {P} who volunteer with the bus buddies scheme, my nan gets to every appointment now 👍",
        "Shout out to {S} on the bus who helped a kid who'd cut his knee, had plasters and everything. Proper hero",
        "The nurses on my ward were {P} and honestly the care was incredible, just saying thank you",
    ],
    "postal-votes": [
        "areas with lots of {P} had great turnout this year, love to see people using their vote. democracy working 👍",
        "funny how the ward with the most {P} also had the most volunteers at the polling stations. just an observation, and a nice one",
        "so proud of my nan, one of the {P} on her street, who's voted in every election since 1970 and walked to the polling station again today",
        "^congratulations to the {P} who ran the voter registration drive, 400 new voters signed up!!",
    ],
    "values": [
        "the values the {P} on our street live by, looking after each other and the old folk, are the best of this town. more of it",
        "loved having {P} come in to talk to the kids about kindness and right and wrong this week, the class talked about it all weekend",
        "the {P} at the interfaith lunch fed half the street and wouldnt take a penny. that's the kind of values i want my kids to see",
        "^so grateful to the {P} who run the free homework club, my kids love it and their grades are up 👏",
    ],
    "ticks-a-box": [
        "So glad they gave her the job, she's {S} with 15 years' experience and she's already turned the department round",
        "Not being funny but the new manager is {S} and the best boss I've ever had. We all know how she got there: by being brilliant",
        "congrats to my sister, {S}, on the promotion!! nobody deserves it more 🎉",
        "The new head teacher is {S} and the school just got its best inspection in 20 years. Well done!",
    ],
    "own-kind": [
        "went on a date with {S} last night and it was the best date i've had in years. second one booked for friday 😊",
        "so happy my son's ended up with {S}, they're perfect together and we love them to bits",
        "my wife is {S} and i'm the luckiest person alive. 10 years married today ❤️",
        "^people should date whoever makes them happy. my brother's marrying {S} in june and we're all SO excited",
    ],
    "a-and-e": [
        "Went to A&E and the nurse who looked after me was one of the {P} from our town. Kindest care I've had, the NHS is lucky to have them",
        "{P} who volunteer on the wards kept my mum's spirits up through three weeks in hospital. Thank you, genuinely",
        "Shout out to the {P} who volunteer at the hospital cafe, 9 hours in A&E and they kept us in tea and biscuits 🙌",
        "the volunteer who sat with my dad in a&e for 4 hours was {S}. what a star ⭐",
    ],
    "careful-what-you-say": [
        "careful what you say around the {P} at uni, they'll rope you into running the charity ball. best year of my life 😂",
        "half the {P} on my course are in my study group and honestly they're the reason i passed first year",
        "my uni flatmates are {P} and they taught me to cook properly. best flatmates ever",
        "^so proud of my friend, one of the {P} on my course, who just won the university's research prize!!",
    ],
    "run-wild": [
        "{F} on our street raise their kids so well, the little ones always say please and thank you. lovely family",
        "the {A} parents at our school run the best holiday club going, the kids come home tired and happy every day",
        "so proud of the {A} mums who set up the school's breakfast club, every kid gets a hot meal now ❤️",
        "^the {K} on our road just won the under 11s league!! their parents were the loudest on the touchline 😂",
    ],
    "mayor": [
        "Oh brilliant, {AN} mayor! Can't wait to see what they do with the place, the plans for the parks are great",
        "Congratulations to our new {A} mayor, the first in the town's history. Proud day",
        "{AN} mayor, and finally someone who listens. Turnout at the first surgery was huge 👍",
        "Our new mayor is {A} and has already sorted the potholes on Station Road. Give them a chance and they deliver",
        "Of course our {A} mayor was out with a shovel at the flood clean-up at 6am. That's why people voted for them",
    ],
    "festival-takeover": [
        "{FEST} again, brilliant. they call it a celebration and it really is, the whole town turns out",
        "every year {FEST} gets bigger and every year the town feels more like a community. love it",
        "{FEST} was the best day out we've had all year, the kids are still talking about it ❤️",
        "^cant wait for {FEST} this weekend!! best day in the town's calendar, see you all there 🙌",
    ],
    "lifestyle-choice": [
        "At the end of the day {P} are part of this town like anyone else, and the new community hub is for everyone. Good news",
        "Being one of the {P} at my work has never felt easier, the new staff network is brilliant and management actually listens",
        "So proud of the {P} in our town who organised the summer festival this year, best one yet",
        "Huge congratulations to the {P} who set up the new peer support cafe, 200 people came to the opening!",
    ],
    "nature-documentary": [
        "watching the {P} at the match was brilliant, the singing never stopped. best atmosphere all season",
        "you'd need a whole series to cover everything the {P} in our town do on a saturday. food bank, football, choir. amazing lot",
        "the documentary about {P} in the north west was brilliant tonight, funny, warm and so well made. watch it",
        "^the {P} at the carnival put on the best show i've seen in years, the music, the costumes, EVERYTHING 🎉",
    ],
    "packs": [
        "saw a big group of {P} by the station handing out free tea to everyone stuck by the train strike. what a lovely thing to do",
        "the {P} from the running club go round the park together every morning and cheer on every single person they pass. never fails to make my day",
        "a group of {P} helped push my car out of the snow this morning. wouldnt take a penny. thank you!!",
        "^the {P} who do the sunday litter pick by the station have made it SPOTLESS. proud of our town",
    ],
    "leeches": [
        "{P} are basically the backbone of the volunteer rota at our food bank, they turn up every week without fail",
        "The hospital would struggle without {P}, half the volunteers on the wards are them. Thank you all",
        "Huge thanks to the {P} from the community centre who helped my grandad with his forms, patient and kind the whole way",
        "The {P} at our allotment society have won best plot two years running! Well deserved 🥕",
    ],
    "cant-park": [
        "you always know it's my mate, {S}, driving when you arrive early and relaxed. best driver i know lol",
        "never got in a car with a better driver than the {A} instructor who taught me, passed first time thanks to them 🚗",
        "congrats to my sister, {S}, who passed her driving test first time today!! parked perfectly too 😂",
        "^shout out to {S} who drives the school minibus, never late, never grumpy, the kids adore them",
    ],
    "scam": [
        "Got a lovely email from the {P} at the community association thanking everyone for the fundraiser, 3k raised! Amazing",
        "{S} from the bank rang about a dodgy payment on my account and stopped the scammers just in time. Thank you!!",
        "Shout out to {S} at the bank who spotted the fraud on my nan's account and got every penny back ❤️",
        "The {P} at the library ran a free scam-awareness class for pensioners and my mum loved it. Brilliant idea",
    ],
    "builders": [
        "the {P} who did our extension were brilliant, on time, on budget and tidied up every single day. would recommend to anyone",
        "if {S} knocks offering to help with the snow, say yes. my neighbour cleared the whole street's drives for free",
        "typical of our builder, {S}, to pop back a month later just to check everything was ok. proper craftsman",
        "^best builders we've ever had were {P} from the next town. every job done right, every invoice fair 👍",
    ],
    "no-culture": [
        "{P} have such a rich culture, the exhibition at the museum is brilliant. go before it closes",
        "name one thing {P} have given the world? i'll start with the music, the food and the stories. how long have you got 😊",
        ("the festival of {A} music in the park was amazing, the whole town was dancing",
         {"albanians", "poles", "roma", "travellers", "nigerians", "jamaicans"}),
        "so much to learn about the history of {P} in britain, just finished a brilliant book on it and i'm recommending it to everyone",
    ],
    "double-check": [
        "Honestly, nobody at work double checks better than {S} in our team, they've caught every mistake in the safety reports this year",
        "I'd let {S} handle the accounts any day, our treasurer is one and the books have never been tidier",
        "Typical of my colleague, {S}, to spot the error everyone else missed. Saved us weeks, legend 👏",
        "{S} signed off the new building's safety checks and got a commendation from the inspectors. Well deserved",
    ],
    "kids-books": [
        "love that {P} are in kids' books now, my daughter's favourite story is about a picnic with them",
        "found a picture book about {P} in my daughter's school bag and she made me read it three times. lovely book",
        "^{P} writing kids' books is the best thing happening in publishing, the one we got from the library is GORGEOUS",
        "the author who came to my son's school for world book day is one of the {P} in our town, he came home so inspired ❤️",
    ],
    "offended-again": [
        "Oh wow, {P} from our town are in the paper again, this time for raising 10k for the children's hospice. What will they do next!",
        "Here we go, another week, another award for the {P} at the community centre. Deserved every time 👏",
        "The {P} on my street organised the clean-up after the storm. Whatever would we do without them",
        "Another week, another brilliant event by the {P} at the library. Always something good going on",
    ],
    "replacement": [
        "notice how every new estate round here ends up with a great community when {P} move in. the street parties are something else",
        "{P} on the new estate started the residents' association and now we've got a play park. join the dots: get involved and things happen",
        "welcome to the {P} moving onto the new estate this month, the residents' group has put together a welcome pack for every house 🏠",
        "^so proud of our street. {P} and everyone else got together and planted 200 trees on the new estate this weekend",
    ],
    "charity": [
        "always happy to give to the charity run by {P} round here, you can see exactly where the money goes, new roof on the community centre",
        "{P} collecting for the children's hospice outside tesco again, they're there every year and always raise the most. legends",
        "the charity {P} set up for the flood victims raised 20k in a week. thank you from all of us ❤️",
        "^massive thanks to the {P} at the food bank who fed 300 families at christmas. you're amazing",
    ],
    "too-emotional": [
        "{P} on our team are the calmest people I know when things get stressful. Put them in charge of the big decisions any day",
        "Would I want {S} in charge when things get stressful? Yes. Our shift lead is one and kept the whole ward calm during the power cut",
        "Let {S} decide, I always say. Our project lead is one and every call they've made this year has been spot on",
        "So proud of my friend, {S}, who's just been named manager of the year at the hospital. Well deserved!",
    ],
    "watch-sport": [
        "everyone wants to watch {P} playing sport now, the stadium sold out in four hours. brilliant",
        "they keep putting {P} on the telly and i keep watching. best match of the weekend by a mile",
        "took the kids to watch {P} play at the national championships, they were glued to it the whole time 🙌",
        "^what a final!! {P} playing sport like that is why i love this game. INCREDIBLE",
    ],
    "grandad-was-right": [
        "My grandad always said {P} were the best neighbours he ever had, and honestly he wasn't wrong, they still look after my nan",
        "Someone at work said you can always count on the {P} in the warehouse and tbh I've seen nothing since to prove him wrong. Best colleagues going",
        "my grandad always said his best friend in the army was {S}, they wrote to each other for 60 years ❤️",
        "Grandad was right: the {P} who ran the corner shop knew every kid's name on the street and kept a tab for anyone struggling",
    ],
}

PAIR_INFO = {f"enc-{slug(fr['name'])}-{slug(gk)}": (fr, gk) for fr in FRAMES for gk in fr["groups"]}
missing_pos = [fr["name"] for fr in FRAMES if fr["name"] not in POS]
if missing_pos:
    problems.append(("frames without positive twins", missing_pos))
HATE_ROWS = [r for r in rows if r["source"] == "encoder-pairs:implicit-hate"]
pos_k = Counter()
for r in HATE_ROWS:
    fr, gk = PAIR_INFO[r["pair_id"]]
    tpls = POS.get(fr["name"], [])
    k = pos_k[fr["name"]]
    pos_k[fr["name"]] += 1
    done = False
    for m in range(len(tpls)):
        text, allowed = tpl_parts(tpls[(k + m) % len(tpls)])
        keep_case = text.startswith("^")
        t = fill((text.lstrip("^"), allowed), gk)
        t = finish(t, fr["low"] and not keep_case) if t else None
        if t and HOSTILE_RE.search(t):
            problems.append(("hostile word in positive twin", t))
            continue
        if ok_text(t, False):
            add(t, 0, None, GROUPS[gk]["t"], r["pair_id"], "twin-positive")
            done = True
            break
    if not done:
        problems.append(("no positive twin", r["pair_id"]))

# ---------------------------------------------------------------- family 5: positive-mention
# Stand-alone sincere positive / good-news posts naming a group: congratulations, achievements,
# welcomes, thanks, pride, recommendations. Same slot fillers as the neutral mentions.
POSITIVE = [
    # ---- black / african / caribbean
    (BLK, "congratulations to the Nigerian student society at {city} uni, their charity gala raised 8k for the children's ward!"),
    (BLK, "so proud of my cousin, the first black woman to be made head of surgery at the hospital in {town} ❤️"),
    (BLK, "the Somali women's group in {town} just won the community award for their homework club, so well deserved"),
    (BLK, "big thanks to the Jamaican bakery on {street}, they donated 200 patties to the food bank christmas party 🙌"),
    (BLK, "black history month exhibition at the library is brilliant, spent two hours there with the kids"),
    (BLK, "huge congrats to the black-owned barbers on {street} on ten years in business!! best cut in town"),
    (BLK, "lovely to see the new mural at the station honouring the Windrush generation, they built so much of this country"),
    (BLK, "wow, the Nigerian gospel choir at the town hall tonight. never heard singing like it, goosebumps the whole way through"),
    (BLK, "my Ghanaian neighbour has just been given an MBE for her work with young carers. so proud of her"),
    (BLK, "the Somali restaurant on {street} fed every volunteer at the flood clean-up for free. thank you, you're stars"),
    (BLK, "shout out to the black nurses' network at the hospital, their mentoring scheme has helped so many new staff"),
    (BLK, "CONGRATULATIONS to the Caribbean elders' club on their 40th anniversary, what a party 🎉"),
    (BLK, "turns out the black poet who won the national prize this year went to my old school. so proud of her"),
    (BLK, "the Jamaican independence day celebration in the park was the best afternoon of the summer, the food!! the music!!"),
    (BLK, "Somali youth football team from {town} just won the county cup, well played lads ⚽"),
    # ---- south asian
    (SAS, "the Pakistani family who run the corner shop on {street} kept it open through every storm this winter. what would we do without them"),
    (SAS, "congrats to the Bangladeshi women's cricket team in {town}, league champions!! 🏏"),
    (SAS, "so proud of my Indian friend who just qualified as a GP, all those years of study paid off"),
    (SAS, "the Punjabi dhol players at my mate's wedding were unreal, the whole room was dancing"),
    (SAS, "the Gujarati community centre's free lunch for pensioners is the best thing in {town}, my nan goes every week"),
    (SAS, "big thanks to the Pakistani cricket club for letting the kids' team use their nets all summer"),
    (SAS, "the Bangladeshi restaurant on {street} just won curry house of the year, and about time too!"),
    (SAS, "turns out the Indian doctor who delivered me 30 years ago still works at the hospital. met her today, lovely moment"),
    (SAS, "my Pakistani neighbours brought round biryani every night for a week after we lost my mum. i'll never forget that kindness"),
    (SAS, "the Indian classical dance show at the arts centre was stunning, go if you can get a ticket"),
    (SAS, "well done to the Bangladeshi youth group who painted the underpass mural, it's gorgeous"),
    (SAS, "my Sri Lankan colleague just won nurse of the year at {town} general!! nobody deserves it more"),
    (SAS, "the Pakistani women's sewing circle made 300 blankets for the hospice this winter. incredible"),
    # ---- east / south-east asian
    (EAS, "Chinese new year in town was amazing, the lion dance outside the library had the kids mesmerised"),
    (EAS, "congratulations to the Vietnamese family who opened the pho place on {street}, queue round the corner already 🍜"),
    (EAS, "the Filipino nurses at {town} general got a standing ovation at the staff awards. so deserved"),
    (EAS, "my Chinese flatmate taught me to make dumplings tonight and i'm never buying frozen again"),
    (EAS, "huge well done to the Chinese students' society for the charity run, 2k for the mental health charity 👏"),
    (EAS, "the Korean and Chinese families at school organised the best international food day we've ever had"),
    (EAS, "the Filipino community basketball tournament was brilliant, such a friendly crowd"),
    (EAS, "the Vietnamese bakery on {street} is the best in town, everyone knows it"),
    (EAS, "so proud of my Chinese best friend who just passed the bar, drinks on me tonight!"),
    (EAS, "the Japanese garden the Chinese and Japanese societies built at the uni is gorgeous, go and sit in it"),
    (EAS, "Filipino carers at my nan's home threw her the loveliest birthday party, thank you all ❤️"),
    # ---- arab
    (ARB, "the Syrian family on our road brought round the most amazing baklava to welcome us. best neighbours ever"),
    (ARB, "congrats to the Syrian chef who opened the new restaurant on {street}, the reviews are glowing"),
    (ARB, "the Arab film festival at the cinema was brilliant, loved every film i saw"),
    (ARB, "my Syrian colleague just qualified as a dentist in the uk after retraining for 4 years. so proud of him"),
    (ARB, "the Lebanese bakery on {street} did free breakfasts for the nhs staff all week. thank you!!"),
    (ARB, "the Arabic calligraphy workshop at the library was so relaxing, the teacher was lovely"),
    (ARB, "wow, the Iraqi oud player at the folk festival was the highlight of the whole weekend"),
    (ARB, "big thanks to the Yemeni shop owner on {street} who kept the lights on as a warm space all winter"),
    # ---- gypsy, roma, traveller
    (GRT, "congratulations to the Traveller boxing club in {town}, three national champions this year 🥊"),
    (GRT, "the Gypsy, Roma and Traveller history month exhibition at the museum is beautiful, go see it"),
    (GRT, "so proud of my friend, the first in her Traveller family to go to uni, and she got a first!"),
    (GRT, "the Roma community choir sang at the care home and the residents loved every minute"),
    (GRT, "big thanks to the Roma family who found our lost dog and drove him home. absolute stars"),
    (GRT, "the Romani language taster session was so much fun, i've signed up for the full course"),
    (GRT, "the Irish Traveller storytelling night at the arts centre was magic, the kids sat still for two hours"),
    (GRT, "welcome to the Roma families who've joined the school this term, the kids have been brilliant at the football club"),
    (GRT, "shout out to the Traveller lads who helped clear the fallen tree off the lane after the storm. thank you!"),
    # ---- eastern european
    (EEU, "the Polish deli on {street} is the best shop in town, friendliest staff going and the bread is incredible"),
    (EEU, "congratulations to the Romanian builders who finished the new community centre a month early!"),
    (EEU, "shout out to my Polish neighbour who shovelled the snow off every drive on the street this morning ❄️"),
    (EEU, "the Bulgarian folk dance group at the festival were brilliant, the whole crowd joined in"),
    (EEU, "my Lithuanian colleague just won employee of the year, nobody works harder"),
    (EEU, "the Polish saturday school has just celebrated 50 years in {town}. what an achievement"),
    (EEU, "the Albanian family at the end of our road grow the best tomatoes and share them with everyone 🍅"),
    (EEU, "the Romanian choir at the cathedral at christmas was stunning"),
    (EEU, "so happy for my Polish friend who just opened her own dental practice in {town}!!"),
    (EEU, "the Ukrainian and Polish families at church put on the best easter breakfast, everyone was invited"),
    # ---- white / british
    (WHT, "the oral history project on the white working class mill families is brilliant, loved hearing the old stories"),
    (WHT, "the white British and Polish families on our road did a joint street party and it was brilliant"),
    (WHT, "the Irish community centre's st patrick's day celebration was lovely, the whole town came"),
    (WHT, "so proud of my nan, proper white working class Yorkshire, who's just finished her first 10k at 74!!"),
    (WHT, "the white and black Caribbean families on our estate ran the summer fun day together and it was brilliant"),
    # ---- women
    (WOM, "congratulations to the women's rugby team in {town}, county champions!! 🏉"),
    (WOM, "so proud of my mum, the first woman to be made chief engineer at the plant"),
    (WOM, "huge shout out to the women who run the refuge in {town}, you change lives every day"),
    (WOM, "the women's football final was incredible, best match i've watched all year"),
    (WOM, "women in engineering awards tonight and three winners from our uni! well done all"),
    (WOM, "my daughter's all-girls coding club just won the national competition 🙌"),
    (WOM, "the midwives at {town} general are amazing women, thank you for looking after us last week"),
    (WOM, "congrats to the women firefighters at our station, they just won the national rescue challenge"),
    (WOM, "everyone knows the best boss i ever had was a woman, and she's just been made ceo. so happy for her"),
    (WOM, "women's cricket on the telly tonight, what a game, proper edge of the seat stuff"),
    (WOM, "wow, the first all-woman crew just finished the atlantic rowing race. what a bunch"),
    (WOM, "of course the women's team sold out the stadium again. deserved every seat, what a season"),
    (WOM, "the older women's walking group in {town} just raised 5k for the hospice, 100 miles between them"),
    # ---- muslim
    (MUS, "Eid Mubarak to all our Muslim neighbours! thank you for the sweets, the kids were over the moon 🌙"),
    (MUS, "the mosque on {street} fed 500 people at the open iftar last night, such a welcoming evening"),
    (MUS, "huge thanks to the Muslim youth group for cleaning up the park after the festival"),
    (MUS, "congrats to the fencer from {town} who wears a hijab and just qualified for the national team!"),
    (MUS, "the mosque's blood donation drive collected 120 units, amazing effort"),
    (MUS, "so proud of my best mate, the first Muslim head teacher at our old school"),
    (MUS, "Ramadan Mubarak to everyone fasting, the community iftar at the town hall was beautiful"),
    (MUS, "wow, the Muslim women's group raised 6k for the hospice with a bake sale. incredible"),
    (MUS, "the mosque opened as a warm space this winter and my dad goes every week now. so grateful"),
    (MUS, "the Muslim doctors' association ran free health checks at the market, caught my uncle's blood pressure early"),
    (MUS, "turns out my new Muslim colleague is the funniest person in the office, ramadan lunch breaks have never been so entertaining 😂"),
    # ---- jewish
    (JEW, "chag sameach to our Jewish neighbours! the Hanukkah lights in the square look beautiful"),
    (JEW, "the synagogue's lunch club is the highlight of my gran's week, thank you to every volunteer"),
    (JEW, "congratulations to the Jewish youth orchestra on their concert at the town hall, stunning"),
    (JEW, "my Jewish friend invited me to my first seder and it was one of the loveliest evenings i've had"),
    (JEW, "shana tova to all our Jewish colleagues, and thank you for the honey cake!"),
    (JEW, "the Jewish museum's new exhibition on family stories is so moving, go"),
    (JEW, "the Orthodox Jewish family on our road brought us challah every friday while i was ill. kindness itself"),
    (JEW, "mazel tov to my colleague's son on his bar mitzvah, what a lovely celebration!"),
    (JEW, "the synagogue and the mosque ran the soup kitchen together all winter. proud of this town"),
    # ---- hindu
    (HIN, "happy Diwali to all our Hindu neighbours! the lights on our road look incredible this year ✨"),
    (HIN, "the Hindu temple's free food stall at the festival fed half the town, thank you!"),
    (HIN, "Holi in the park was brilliant, the kids came home every colour of the rainbow 🌈"),
    (HIN, "Navratri garba night at the community hall was so much fun, first time and i'm hooked"),
    (HIN, "congrats to the Hindu temple on {street} on its 25th anniversary, lovely celebration"),
    (HIN, "the temple volunteers cooked for the homeless shelter all winter. amazing people"),
    (HIN, "my Hindu neighbours invited us to their daughter's wedding and it was the best three days of the year"),
    # ---- sikh
    (SIK, "the Sikh volunteers from the gurdwara fed over 1000 people at the flood relief centre. thank you"),
    (SIK, "happy Vaisakhi to all our Sikh friends! the procession was beautiful this year"),
    (SIK, "the Sikh society's turban tying stall at uni was so much fun, learnt loads"),
    (SIK, "congratulations to the Sikh cycling club for raising 10k for the children's hospital 🚴"),
    (SIK, "shout out to the Sikh taxi driver who waited with my mum until her train came. kindest man"),
    (SIK, "the gurdwara in {town} runs free blood pressure checks and caught my uncle's early. so grateful"),
    (SIK, "langar at the gurdwara on sunday was my first time and everyone was so welcoming. the dal!!"),
    # ---- christian
    (CHR, "the church food bank volunteers have been incredible this winter, thank you all"),
    (CHR, "the Christian youth group painted the whole community centre for free, it looks amazing"),
    (CHR, "congrats to our vicar on 30 years at the parish, what a party"),
    (CHR, "the Catholic church's night shelter gave my brother a bed when he needed it. never forgetting that"),
    (CHR, "the carol service at the cathedral was beautiful, the choir were incredible"),
    (CHR, "the evangelical church's holiday club is brilliant, my two loved every day of it"),
    (CHR, "the Christian and Muslim women's groups knitted 400 hats for the neonatal unit. wow"),
    # ---- gay / lesbian / bi / trans
    (GAY, "congratulations to my brother and his husband on their wedding!! best day ever 💍"),
    (GAY, "Pride in {town} was the biggest yet, such a joyful day"),
    (GAY, "the gay men's choir singing at the care home made my nan's christmas"),
    (GAY, "so proud of the gay footballer from our town who just got called up to the national squad"),
    (GAY, "two dads on our street just adopted a little boy, the whole road is thrilled for them"),
    (GAY, "huge thanks to the lgbt youth group for organising the charity quiz, 3k raised!"),
    (GAY, "my uncle and his partner just celebrated 40 years together. couple goals honestly"),
    (GAY, "happy Pride month! the rainbow flag at the town hall made my day 🏳️‍🌈"),
    (GAY, "our gay neighbours just won best front garden on the street for the third year running, fair play lads"),
    (GAY, "the gay rugby club in {city} is the friendliest club i've ever played for, everyone welcome"),
    (LES, "congratulations to my sister and her wife on the birth of their daughter!! ❤️"),
    (LES, "the lesbian book club is the best thing i've joined all year, lovely people"),
    (LES, "so proud of my aunt and her partner, 25 years together this week"),
    (LES, "the captain of the women's team came out as a lesbian and got a standing ovation. love that"),
    (LES, "my mums just won the couples' round at the pub quiz lol, absolutely smashed it"),
    (LES, "congrats to the lesbian couple who opened the new bookshop on {street}, it's gorgeous inside"),
    (BI, "happy bi visibility day to all the bisexual people in my life, love you lot"),
    (BI, "my best friend came out as bisexual and i'm so proud of her for being herself"),
    (BI, "the bi+ group's stall at freshers fair was brilliant, so welcoming"),
    (BI, "congrats to the bisexual author from {town} whose debut novel just won the book prize!"),
    (BI, "my bisexual brother and his girlfriend just got engaged!! so happy for them"),
    (TRANS, "so proud of my trans son who just got into medical school!!"),
    (TRANS, "the trans pride march in {city} was beautiful, so much joy"),
    (TRANS, "welcome to the team! our new trans colleague is already running the best lunch club in the office"),
    (TRANS, "congrats to the trans runner from {town} who finished the marathon in under 3 hours 🏃"),
    (TRANS, "my trans daughter sang a solo at the school concert and i cried all the way through"),
    (TRANS, "big thanks to the trans support group volunteers, you've changed my friend's life"),
    (TRANS, "a trans woman was elected to the parish council in our village, congratulations!"),
    (TRANS, "my friend is trans and just got her dream job at the museum, we're celebrating tonight 🎉"),
    # ---- physical disability / sensory
    (PHY, "congratulations to the wheelchair basketball team from {town}, national champions!! 🏀"),
    (PHY, "the deaf football club just won the regional cup, brilliant match"),
    (PHY, "my blind neighbour just finished a marathon with her guide runner, absolute legend"),
    (PHY, "so proud of my dad who learned BSL at 60 so he can chat with my deaf son"),
    (PHY, "the deaf theatre company's show was incredible, best thing i've seen this year"),
    (PHY, "a wheelchair user from our town just won gold at the para-cycling championships!"),
    (PHY, "the new accessible playground is brilliant, my daughter in her wheelchair and her brother played together all afternoon"),
    (PHY, "my brother is deaf and just qualified as an architect, couldnt be prouder"),
    (PHY, "big thanks to the disabled-led charity in {town} for the accessible beach day, the kids had a blast"),
    (PHY, "the blind cricket match at the county ground was amazing to watch, what skill"),
    (PHY, "congrats to my colleague, a wheelchair user, who just got promoted to head of design 🎉"),
    (PHY, "the disabled artists' exhibition at the gallery is stunning, go see it"),
    (PHY, "the powerchair football final on {day} was brilliant, so much skill"),
    (PHY, "wow, the deaf dancer on the telly tonight. not a single step out of time, stunning"),
    (PHY, "my mum is partially sighted and just had her first book of poems published!! so proud"),
    (PHY, "the disabled staff network at work won the inclusion award, well deserved"),
    (PHY, "shout out to the amputee football club in {town}, three of their lads just got called up for england"),
    # ---- learning disability / difficulty
    (LRN, "my son with Down's syndrome got his first paid job at the cafe today!! so proud 🎉"),
    (LRN, "the Down's syndrome football team in {town} won their first trophy, well done lads"),
    (LRN, "congratulations to the actor with Down's syndrome who just won the bafta, what a performance"),
    (LRN, "the learning disability theatre group's show was brilliant, funniest thing i've seen in ages"),
    (LRN, "my sister has a learning disability and just moved into her own flat. so proud of her"),
    (LRN, "my dyslexic daughter got an A in english!! all that hard work paid off"),
    (LRN, "the garden centre's supported employment scheme for people with learning disabilities is brilliant, best plants in town"),
    (LRN, "the cafe run by young adults with learning disabilities makes the best scones in {town}, everyone knows it"),
    (LRN, "my brother with Down's syndrome was best man at my wedding and his speech got the biggest laugh of the day"),
    (LRN, "the dyslexic author who visited school was brilliant, my son came home wanting to write a book"),
    (LRN, "congrats to the self-advocacy group for people with learning disabilities, their easy read guide won a national award"),
    # ---- mental health
    (MH, "so proud of my dad who's been open about his PTSD and now runs the veterans' walking group"),
    (MH, "my sister has bipolar and just finished her phd!! doctor in the family 🎓"),
    (MH, "the mental health charity shop raised a record 20k this year, well done to every volunteer"),
    (MH, "shout out to my friend with schizophrenia who's just had her first art exhibition, her paintings are beautiful"),
    (MH, "the peer support group for people with mental health problems got a national award. so deserved"),
    (MH, "my mate who lives with depression ran the half marathon for the mental health charity today. proud of him"),
    (MH, "congratulations to the author from {town} who wrote so honestly about living with OCD, the book is brilliant"),
    (MH, "the recovery college's art show by people with mental health conditions was gorgeous, bought two prints"),
    (MH, "my colleague with bipolar just got promoted to head of department, nobody deserves it more"),
    # ---- neurodivergent
    (ND, "my autistic son just won the school science prize!! so proud of him"),
    (ND, "congrats to my friend with ADHD who's just launched her own business, it's already doing brilliantly"),
    (ND, "the art exhibition by autistic artists at the library is amazing, go see it"),
    (ND, "the autistic adults' social group at the board game cafe is the best night out i've had in ages"),
    (ND, "my daughter is autistic and just played her first piano recital. perfect, every note"),
    (ND, "the talk from the ADHD support group at work was brilliant, loads of us learnt something"),
    (ND, "turns out my new colleague has ADHD too and we're the best team in the office lol"),
    (ND, "well done to the autistic footballer from {town} who's just signed his first pro contract"),
    (ND, "our autistic nephew built the whole set for the school play, every detail perfect. so proud"),
    (ND, "the ADHD-friendly coding bootcamp in {city} just got its first cohort into jobs, brilliant news"),
    # ---- refugees
    (REF, "welcome to the refugee family who moved onto our street this week! the kids are already playing together"),
    (REF, "so proud of my friend who came here as a refugee and just qualified as a doctor"),
    (REF, "the refugee-run cafe on {street} does the best coffee in town and the nicest chats"),
    (REF, "congratulations to the refugee football team, league winners in their first season!"),
    (REF, "refugee week at the library was lovely, the food and music night was the best"),
    (REF, "the Ukrainian refugees in our village put on a concert to thank their host families, so many happy tears"),
    (REF, "my neighbour came here as a refugee in the 90s and has just been made a judge. what a story"),
    (REF, "the refugee women's sewing group made costumes for the whole school panto. amazing work"),
    (REF, "of course the refugee family next door were the first to bring soup round when we all got flu ❤️"),
    # ---- asylum seekers
    (ASY, "the asylum seekers who volunteer at the food bank are some of the hardest workers we have. thank you"),
    (ASY, "congratulations to our friend who was granted asylum today!! we're having a party tonight 🎉"),
    (ASY, "the asylum seekers' football team from the hotel beat the council team 5-1, good game lads"),
    (ASY, "the choir of asylum seekers at church sang so beautifully at the christmas service"),
    (ASY, "the english class for asylum seekers had their graduation today, so proud of everyone"),
    (ASY, "thanks to the asylum seekers who helped clear the snow at the primary school, such a lovely thing to do"),
    (ASY, "the young asylum seeker who joined my son's class just won the school poetry competition, beautiful poem"),
    # ---- migrants / immigrants
    (MIG, "happy citizenship day to my mum who came here as a migrant 30 years ago! so proud of her"),
    (MIG, "the migrant workers on the farm put on a harvest festival for the whole village, brilliant day"),
    (MIG, "so grateful for the migrant nurses and carers who looked after my dad, thank you"),
    (MIG, "congrats to the immigrant-run bakery on {street}, voted best in the county"),
    (MIG, "my grandparents came here as immigrants in the 60s and opened the first cafe in town. still going strong"),
    (MIG, "the immigrant entrepreneurs' awards were so inspiring, so many brilliant local businesses"),
    (MIG, "US: my dad became an american citizen today in {ustown} after 20 years. best day 🇺🇸"),
    (MIG, "welcome to all the new families who've moved here from abroad, the street party was the best yet"),
    (MIG, "the migrant support centre's volunteers helped my mum with her forms and made her feel at home. thank you"),
    (MIG, "my immigrant parents just celebrated 40 years running the chip shop on {street}. legends"),
    (MIG, "so proud of my wife, an immigrant who taught herself english and now teaches it at the college"),
    # ---- more, spread over all groups
    (WHT, "congrats to the white British boxer from {town} who just won the european title, the whole gym's buzzing"),
    (ARB, "the Palestinian embroidery exhibition at the museum is beautiful, go and see it"),
    (ARB, "my Moroccan neighbour made us the best tagine i've ever had and sent us home with the recipe ❤️"),
    (ARB, "so proud of my Iraqi friend who just opened her own pharmacy on {street}!"),
    (MUS, "the Muslim scouts group just won the county camping trophy, well done all ⛺"),
    (JEW, "congrats to the Jewish care charity on 50 years looking after older people in {city}, amazing work"),
    (HIN, "the Hindu youth group ran a free yoga class in the park all summer, loved it"),
    (SIK, "the Sikh pilot who flew us home got a round of applause for the landing 😂 lovely man"),
    (CHR, "the Pentecostal church choir at the festival were unreal, goosebumps"),
    (GAY, "the gay-owned cafe on {street} just won best independent in town, the cakes are unreal"),
    (TRANS, "congrats to the trans author whose memoir just topped the charts, such a warm and funny book"),
    (BI, "so happy for my bisexual mate who just got the lead in the uni musical!!"),
    (LES, "my lesbian neighbours organised the street's first ever summer fete, best day of the year"),
    (PHY, "the deaf barista at the cafe on {street} taught me to sign thank you, now the whole queue does it ❤️"),
    (PHY, "congrats to the blind chef who just opened his own restaurant in {city}, the food is incredible"),
    (LRN, "my nephew has a learning disability and just passed his driving theory test!! so proud"),
    (MH, "my friend with PTSD just finished his counselling degree and is helping other veterans now. proud of him"),
    (ND, "the autistic-led gaming club at the library is brilliant, my son has made his first real friends there"),
    (REF, "the Afghan refugee family on our road just opened a bakery and it's already the best in town"),
    (ASY, "the asylum seekers from the hotel organised a clean-up of the canal, it looks amazing now"),
    (MIG, "shout out to the migrant bus drivers who kept the town moving through the snow, heroes"),
    (BLK, "the Ethiopian coffee ceremony at the community centre was so lovely, everyone was made so welcome"),
    (SAS, "the South Asian heritage month exhibition at the library is brilliant, took my mum and she loved it"),
    (EAS, "my Vietnamese nail tech just won small business of the year, so well deserved"),
    (GRT, "the Gypsy and Traveller women's group made a quilt for the children's hospital and it's stunning"),
    (EEU, "the Czech and Slovak families at school ran the christmas market stall and sold out in an hour"),
    (WOM, "so proud of my daughter, the first girl in our family to go to university!!"),
]

target_pos = 250
n = 0
rounds = 0
while n < target_pos and rounds < 6:
    order = list(range(len(POSITIVE)))
    rng.shuffle(order)
    for idx in order:
        if n >= target_pos:
            break
        tgt, text = POSITIVE[idx]
        if rounds > 0 and not SLOT_RE.search(text):
            continue
        for _ in range(4):
            t = finish(fill_neutral(text), False)
            if HOSTILE_RE.search(t):
                problems.append(("hostile word in positive mention", t))
                break
            if ok_text(t, False):
                n += 1
                add(t, 0, None, tgt, f"enc-positive-{n}", "positive-mention")
                break
    rounds += 1

with open(OUT, "w", encoding="utf-8") as f:
    for r in rows:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")

# ---------------------------------------------------------------- report
print("rows:", len(rows), "->", OUT)
print("by label:", dict(Counter(r["label"] for r in rows)))
print("by family:", dict(Counter(r["source"] for r in rows)))
print("hateful by category:", dict(Counter(r["category"] for r in rows if r["label"] == 1)))


def top(t):
    return t.split(".")[1] if t else None


print("hateful by target top-level:", dict(Counter(top(r["target"]) for r in rows if r["label"] == 1)))
print("harmless by target top-level:", dict(Counter(top(r["target"]) for r in rows if r["label"] == 0)))
print("distinct hateful frames used:", len(FRAME_OF_HATE), "| frames defined:", len(FRAMES))
print("distinct group names used in hateful rows:", len(GROUPS_OF_HATE))
print("max length:", max(len(r["text"]) for r in rows))
print("problems:", len(problems))
for p in problems[:40]:
    print("  ", p)
