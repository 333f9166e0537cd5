#!/usr/bin/env python3
"""Generate dev-g.jsonl: implicit hate vs. harmless look-alikes.

Deterministic (random.Random(31)). Standard library only.
Each block below is "group | text", one case per line.
"""
import json
import os
import random
import re

RNG = random.Random(31)
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "dev-g.jsonl")

BLOCKS = {}

# --------------------------------------------------------------------------
# HATEFUL
# --------------------------------------------------------------------------
BLOCKS[("hint_h", "h")] = r"""
immigrants | Third car broken into on our street this month. Funny how it started right after the hostel for asylum seekers opened. I'll say no more.
muslims | Not saying anything, but the new mosque opened in March and the burglaries started in April. Connect the dots.
jews | Another bank collapses, and once again the board is full of the same surnames. Just an observation 🤷
roma | The caravans turned up on the rec on Friday. By Monday three sheds on Elm Road had been cleared out. Pure coincidence, I'm sure.
immigrants | Remember when you could leave your front door unlocked? That was before the neighbourhood got so... vibrant 🙂
trans | My niece's school got its first trans teacher in September. By October she was having nightmares and didn't want to go in. Not saying the two are linked. Just saying.
gay | A gay couple just bought the house right next to the primary school. Just putting that out there for the parents in this group, do with it what you will.
black | Pull up the knife crime map for London, then pull up the census map of where Black families live. Put them side by side. Facts don't care about your feelings.
asian | Funny how the covid outbreak round here started the same week the new Chinese supermarket opened. Just saying 🤔
women | They let women into the control room in the 70s and the plant's had three near misses since. Correlation isn't causation... or is it
muslims | Every time another 'lone wolf' starts shouting Allahu Akbar, the first thing the BBC does is beg us not to jump to conclusions. Wonder why they always need to say that 🤔
jews | Who owns the media? Who owns the banks? Who runs Hollywood? I'm just listing industries here, draw your own conclusions.
roma | New family down the road are Roma. I've moved the bikes and the lawnmower into the house, for no particular reason 👀
immigrants | Our town: 2010, quiet. 2015, council starts housing 'refugees'. 2020, four vape shops, a shisha bar and a police van every weekend. No further questions.
muslims | I'm not saying the mosque had anything to do with the grooming case. I'm just saying the trial was in the same town. And the defendants were all... you know. Anyway.
disabled | Bloke parks in the blue badge bay, hops out and jogs into Greggs. Same 'disabled' lot who are on the news every week for benefit fraud. I'll let you fill in the blanks.
muslims | New 'Islamic education centre' opening directly opposite the school gates. Probably nothing. Probably.
jews | Strange how every pyramid scheme I've ever been pitched came from the same synagogue crowd. Total coincidence, obviously.
women | Female pilot on my flight today. Spent the whole journey memorising where the exits were. Some jobs just aren't for them, I'll say no more ✈️
roma | Ever since the council started letting the Traveller families use the field, my home insurance has gone up 30%. Weird. No idea why that might be 🙄
immigrants | Let's see. Town takes in 400 migrants in the spring, and by summer my daughter's been followed home from the park twice. But sure, it's all just a coincidence.
muslims | Police say there's 'no indication of a motive' in the Westfield stabbing. The only indication is that his name is Mohammed, but what do I know 🙄
black | The new Black family on our road seem nice enough. Anyway, completely unrelated, but I've finally got round to fitting that doorbell camera.
asian | My boss hired two Chinese grads and a month later our designs were showing up on Alibaba. Not pointing fingers. Just noticing.
trans | Interesting that the 'hate crime' at the uni turned out to be staged by the very trans student who reported it. Second one this year. I'm sure it tells us nothing about the rest of them.
gay | my daughter's new teacher is openly gay and apparently very 'hands-on' with the younger kids. i'm sure it's fine. i'm sure.
black | moved to a 'diverse' part of Atlanta and had my car broken into twice in a month. just a coincidence y'all 🤷‍♂️
disabled | Funny how all these 'invisible disabilities' started showing up around the same time the benefits went up. Read between the lines, people.
women | My mate got 'accused' at uni. Then his flatmate. Then a lad on his course. Funny how it's always a woman doing the accusing, and always after a night out. I'll just leave that there 🤔
immigrants | Asking for a friend: how come every time a 'teenage' asylum seeker is in court, he's got a beard and a receding hairline? The usual suspects, as ever.
"""

BLOCKS[("stereotype_h", "h")] = r"""
jews | Asked my Jewish landlord to fix the boiler. He asked how much I'd be chipping in towards it. Classic.
women | Put a woman in charge of the rota and now three people have the same Saturday off. Naturally.
black | Two Black kids hanging round outside the off-licence and the shopkeeper's already watching them. Smart man, he knows the patterns.
roma | Roma family moved in next door and the front garden's already a scrapyard. It's cultural, apparently.
disabled | Disabled cousin 'can't work' but manages six hours of Xbox a day. They all play the system, it's just what they do.
gay | The new scout leader is gay. Some people can't help what's in their nature, so I've pulled my son out. Better safe than sorry.
asian | Chinese tour group at the hotel buffet piled their plates like it was the last meal on earth. As expected, zero manners, it's how they're brought up over there.
muslims | Muslim family next door have nine kids and neither parent works. Naturally the council gave them a five-bed.
immigrants | Eastern European builders quoted half what the British lads did. Then the roof leaked. You get what you pay for with that lot.
women | Let the wife handle the tax return this year. Fine arrived last week. Should've known, numbers aren't really their department are they 😂
immigrants | Immigrant cabbie took the scenic route and charged me double. Some things just come naturally.
jews | Went into a Jewish-owned jewellers, came out having spent twice what I planned. Hats off to them, they're born for it.
roma | Travellers left the lay-by covered in rubbish again. Honestly they can't help it, it's just how they live.
women | Female GP told me my chest pain was 'probably anxiety'. Classic. Women diagnose with their feelings, that's why they shouldn't be doctors.
disabled | Hired a deaf lad for the warehouse. Three weeks in and he's 'misunderstood' every instruction that involved lifting anything. Funny how that works with them.
trans | Trans colleague burst into tears in a meeting because someone said 'guys'. Textbook. Every single one of them is like this.
asian | Yet another Asian driver parked across three spaces at Tesco. At this point it's genetic.
immigrants | Somali family on our street get more in benefits than I earn and still moan. Gratitude just isn't part of the culture is it
jews | Kosher butcher charged me 20p for a carrier bag. Then they wonder where the reputation comes from 😂
women | The girls on my engineering course mostly sit at the back making TikToks. Shocking, I know. Diversity hires gonna diversity.
roma | The Roma kids were in the corner shop ten minutes and the owner followed them round the whole time. Can you blame him? Apples don't fall far.
gay | Pride in town this weekend, so naturally the high street was left covered in glitter, litter and worse. They just can't do anything with a bit of dignity, can they.
muslims | Muslim colleague was 'fasting' so did basically nothing all month. Very convenient religion they've got.
disabled | Autistic intern 'can't handle' phone calls but somehow codes for 12 hours straight when it suits him. Selective disability, the usual with that lot.
immigrants | Asylum seeker with the latest iPhone and designer trainers. Totally 'fleeing persecution', like they all are 😂
black | Black lad on the bus blasting music with his feet up on the seat. Proper ghetto behaviour, what else did you expect from that upbringing.
asian | Got a 'Chinese' degree certificate checked at work and of course it was bought online. Always cutting corners, it's how they were raised.
asian | Brought in a Pakistani accountant for the shop. Within a month his brother, his uncle and two 'cousins' were on the payroll. Classic, it's all about the clan with them.
black | Black neighbour's on his fourth baby mother and still hasn't paid a penny for any of them. Standard for them tbh.
gay | Gay bloke in accounts has already slept his way round half the office. Promiscuity is just in the DNA with them.
"""

BLOCKS[("irony_h", "h")] = r"""
immigrants | What a shock, another 'child refugee' turns out to be 31. Top marks for honesty, lads 👏
immigrants | Thanks for the enrichment 🙏 my street now has three shisha bars and not one neighbour who speaks English
women | Truly the pinnacle of female leadership: a three-hour meeting about feelings and not a single decision made. Inspiring.
immigrants | Such valuable assets, the small-boat crowd. Every single one a brain surgeon, I'm told 🥂
trans | Oh how brave, another man puts on a dress and a bit of lipstick and suddenly he's 'Woman of the Year'. Truly stunning, truly brave 👏🙄
roma | Gotta hand it to the Roma lads, nobody recycles copper pipe quite as efficiently as they do. Environmental heroes 🌍♻️
gay | Big shoutout to the gay lads on our street for making sure my kids know what a 'daddy' is before they can even read. Real pillars of society 👏
muslims | Lovely peaceful Christmas market this year. Only needed forty armed officers and a wall of concrete blocks. Thanks, religion of peace 🙏
black | Congratulations to the Black community on another record-breaking summer for the stabbing stats. Consistency is key 🏆
jews | Really do admire how Jewish bankers come out of every single crash richer than before. Genuine talent, you have to respect the hustle 🤝
disabled | Absolutely love having a disabled colleague. Somebody has to find out how long a ten-minute task can possibly take 🐢👏
asian | What a shocker, the Chinese takeaway failed its hygiene inspection. Who could possibly have guessed. Five stars for consistency 🥢
trans | Round of applause for the 'ladies' who find their true selves the week before sentencing. Every trans woman in the papers seems to have the same origin story. So authentic 👏
disabled | Oh good, another 'mental health day' for the autistic one. So glad my taxes are funding such a productive member of society 💸
muslims | Love that the council approved another mosque instead of fixing the roads. Can't wait for the 5am wake-up call, truly the soundtrack of modern Britain 🎶
roma | Really grateful to our Traveller neighbours for the free bonfire of tyres every Friday night. Very festive 🔥
gay | So lovely that my nephew's primary now has a whole 'Pride week'. Nothing like teaching seven-year-olds that two blokes together is normal. Truly the pinnacle of education 😍
black | A Black guy got hired on merit! Just kidding, haven't seen that one yet 😂
women | Ah yes, women in frontline combat roles. Nothing says 'elite fighting force' like a unit that has to stop for a cry. Genius idea, MoD 👏
jews | Amazing how many Jewish producers all just happened to end up running Hollywood. What a coincidence. What talent. What a small world 🤑
asian | Big thanks to whoever let all the Chinese students into our uni. A lecture hall full of identical faces copying each other's homework, truly the pinnacle of academic integrity 🏆
immigrants | Oh fantastic, another asylum seeker learning our customs. Today's lesson: how to jump the GP queue. Such quick learners 🎓
trans | Absolutely delighted my son's new teacher is non-binary. I'm sure maths will be so much better now that 2+2 equals whatever you feel like 🤡
roma | What a surprise, a Roma wedding and the police helicopter showed up. Party of the year, apparently 🚁🎉
disabled | Wheelchair users really are the bravest people I know. Takes real courage to claim £800 a month for a sprained ankle 🏅
muslims | A heartfelt thank you to the Muslim grooming gangs for putting our little town on the world map 🙏
immigrants | What a beautiful multicultural paradise: forty languages spoken at my kid's school and not one of the kids can read. Diversity is our strength 🥰
gay | Love how passionate gay men are about 'education'. Especially other people's kids. Such devoted educators ❤️
women | Let's hear it for the women in tech who shipped one feature this quarter and three think-pieces about how hard it was. Inspirational 🙌
jews | So moving to watch the Jewish community rally round the latest 'victim' again. Always the victims, always so brave, never a week off 😢
"""

BLOCKS[("loaded_question_h", "h")] = r"""
black | Is it racist to notice that every knife crime appeal in London has the same kind of face on it? Asking honestly.
jews | Why won't anyone talk about who actually owns the central banks? Just a question.
trans | How many more girls have to be assaulted in changing rooms before we admit letting men in dresses in there was a mistake?
immigrants | Genuine question: if migrants love their culture so much, why did they all come here to live off ours?
women | When was the last time a woman invented anything that actually mattered? I'll wait.
muslims | Why is it always a Muslim? Every time. Every single time. Why?
gay | Would you let a gay man babysit your son? Be honest. Didn't think so.
disabled | Why should my taxes keep someone in a wheelchair sat at home when I'm working 50 hours a week? Serious question.
roma | Has anyone ever actually met a Roma family that pays council tax? Just curious 🤔
asian | If the virus came out of nowhere, why did it start in the one country where they eat bats? Just asking questions 🦇
jews | How is it that the 'oppressed' Jews happen to run the media, the banks AND Hollywood? Someone explain that one.
trans | Why does every trans person online seem to have a mental illness? Is it possible, just possible, that the transition IS the illness?
women | Anyone else wondered why the women who can't get a man are always the loudest about feminism? Hmm?
immigrants | How many assaults does the migrant hotel need before the council moves it away from the primary school?
muslims | Isn't it interesting that wherever Muslims are the majority, terrorism follows? Or am I not allowed to ask that anymore?
disabled | How come every 'disabled' person I know can manage a fortnight in Magaluf but not a single day at work? Just asking.
black | Why are Black neighbourhoods always the ones falling apart? Is it really the government's fault every single time?
gay | Serious question: if being gay is so natural, why do they need a whole month of parades to convince us?
asian | Why do the Chinese students always get the top grades? Does anyone actually check how?
women | why do we keep letting women fly passenger jets when the stats are right there?? who's gonna be brave enough to say it
roma | How long before the Travellers on the common start 'borrowing' from our sheds? A week? Two?
muslims | Why is it that wherever a sharia council pops up, a no-go zone follows a few years later? Coincidence?
disabled | Who decided autistic people should be allowed to teach kids? Asking as a parent who wants answers.
trans | Ever wonder why every trans 'influencer' wants to talk to primary school kids specifically? Think about it.
immigrants | Why is it that every town that takes in a load of migrants suddenly needs twice the police? Funny how nobody ever wants to answer that one.
jews | Are we still allowed to ask why so many of the big charities are run by the same small community? Or is that antisemitic now too?
black | Why do Black dads always walk out? Is there a study on that or are we not allowed to ask?
roma | Why does every Roma family need six kids and a benefits claim for each one? Genuinely asking.
women | Why do women scream 'harassment' every time a man they don't fancy says hello? Just wondering.
asian | Why are Asians such terrible drivers? Is it the eyesight or the shape of the eyes? Genuinely curious.
"""

BLOCKS[("coded_h", "h")] = r"""
jews | Look into who funds every 'anti-racist' NGO in the country and you'll find the same (((philanthropists))) every time 🔍
jews | Scroll down to the early life section. It's always the early life section.
jews | Another media conglomerate buys up another local paper. Checked the board. Every. Single. Time. 👃
jews | The goyim are starting to know. Shut it down! 😂
jews | Banks, wars, pandemics. Follow the shekels and it always leads back to the same tiny tribe.
jews | Six gorillion, sure 🙄 and I'm the Queen of England.
black | Another 'aspiring rapper' got shot mid-robbery and the family says he was turning his life around. Dindu nuffin, as usual.
black | 13% of the population and yet... well, you know the rest. 13/50 never lies 📊
black | Guy at the museum explaining how his ancestors built the pyramids. We wuz kangz, bro 👑😂
black | Bought fried chicken and a watermelon to welcome the new neighbours from Atlanta 😂 they'll feel right at home
black | Another Chicago weekend, another 40 'youths' shot. Fatherlessness is one hell of a drug 🔫☀️
muslims | Religion of peace strikes again. ROP keeping the numbers up this week 🙏
muslims | Deus vult. Time for another crusade before Londonistan becomes official ⚔️
muslims | remove kebab 🎵 the old songs really are the best
muslims | Don't believe a word the imam says about 'coexistence'. Taqiyya is a hell of a drug.
muslims | Eurabia isn't coming. It's already here. Take a walk round Brussels 🌙
immigrants | The Great Replacement is just a 'conspiracy theory' right up until you walk down any high street in the Midlands 🤷
immigrants | If I gave you a bowl of Skittles and told you three were poisoned, would you still grab a handful? Same logic applies to refugees 🍬
immigrants | Enrichment centre now open 24/7 at the old Holiday Inn. Fighting-age 'children' only 😉
immigrants | Kalergi plan is right on schedule, lads. Birth rates down, boats up 📈
gay | OK groomer 👋 now take your 'drag story hour' somewhere far away from children
gay | Alphabet mafia wants your kids. Don't let them have them 🏳️‍🌈❌
trans | Pride month's over. Back to normal, back to two genders, back to the kids being left alone 🙏
trans | Pronouns in bio = straight in the bin. Don't need that kind of mental illness on my payroll 🙃
women | AWALT. Every time a woman tells you she's 'different', check back in six months 😂
women | #RepealThe19th and watch how fast this country sorts itself out
women | Chase Chads all through their twenties, hit the wall at 30, then hunt for a 'nice guy' to pay for it all. Hypergamy is undefeated, they're all the same.
women | 'Make me a sandwich' 🥪 is still the only career advice women in tech actually need.
asian | Stay safe from the Kung Flu this winter folks, and maybe skip the bat soup place on the corner 🦇🍜
disabled | They used to call them 'useless eaters'. Looking at the disability benefits bill, not sure the old lot were wrong 🤷
"""

# --------------------------------------------------------------------------
# NOT HATEFUL
# --------------------------------------------------------------------------
BLOCKS[("hint_nh", "nh")] = r"""
none | Council announces 'essential roadworks' on the high street. Interesting timing, two weeks before the Christmas market. I'll say no more.
none | Not saying anything, but my cat knocked the glass off the table and then sat there staring me dead in the eye. Connect the dots 🐈
none | Energy company posts record profits the same week my bill goes up 40%. Pure coincidence, I'm sure 🙃
none | Manager booked his holiday for the exact week of the audit. Not that I'm suggesting anything.
none | 2019: new stadium promised. 2021: 'unforeseen delays'. 2024: chairman buys a yacht. No further questions.
none | Facts don't care about your feelings: Spurs haven't won a proper trophy since 2008. Sorry lads.
none | Forecast said sunshine all week and guess who's stuck indoors with a flooded garden. Make of that what you will about the Met Office ☔
none | Funny how the printer only ever jams when there's a deadline. Just saying 🤔
none | My flatmate 'doesn't even like chocolate' and yet the advent calendar was empty by the 3rd. I'll let you fill in the blanks.
none | Funny how the MP who voted against the renters' bill owns seven buy-to-lets. Read between the lines, folks.
none | Interesting timing: the supermarket shrinks the chocolate bar AND puts the price up in the same month. Draw your own conclusions 🍫
none | The dog was left alone with the sofa for two hours. There is now a cushion-shaped hole in it. I'm just listing facts 🐕
none | You-know-who scored another own goal and the gaffer still picks him every week. I'll say no more ⚽
immigrants | Our street: 2015, quiet. 2018, the Polish deli opens. 2020, best pierogi in the county and a queue out the door every Saturday. No further questions 😋
muslims | Since the mosque down the road started its free Friday food bank, the queue at the council one has halved. Connect the dots 🙏
jews | Not that I'm suggesting anything, but every time Nan's friend Ruth pops round, the kitchen somehow ends up full of rugelach. Coincidence? I think not 🥐😂
women | Interesting how the Olympic medal count shot up right after they finally funded the women's squads properly. Make of that what you will 🥇
disabled | Wheelchair basketball club moved into the old sports hall and now it's the busiest venue in town on a Saturday. Facts don't care about your feelings, the five-a-side lot are just jealous 😂
none | Tax office has 'lost' my form for the third year running. I'm not saying it's deliberate. I'm just saying.
none | Boss promises there'll be 'no redundancies'. Same week they hire a consultancy called Streamline Partners. Probably nothing. Probably.
none | new phone comes out and my old one suddenly slows to a crawl. just an observation 🤷
none | Neighbour's been 'working from home' for a month and his golf handicap's dropped by four. I'll just leave that there ⛳
none | Asking for a friend: is it normal for a seagull to nick a whole pasty and then come back for the napkin? The usual suspects strike again 🐦
none | Every time we're on telly the ref seems to lose his whistle. Wonder why 🤔
none | Toddler went quiet for five minutes. The lipstick is gone. The hallway wall is now red. Correlation isn't causation... or is it
gay | Gay couple took over the derelict pub on our lane. Six months later there's a quiz night, a dog menu and the best Sunday roast for miles. Nobody could have predicted this 🍻
roma | Roma community centre opened last spring, and the youth football club finally has enough players to enter a league. Pure coincidence, obviously 😉⚽
none | You'll notice the train is only ever on time on the one day I'm running late. Funny that 🚆
asian | The new Vietnamese bakery opened on Tuesday. By Friday my whole office had eaten its body weight in bánh mì. I'll say no more 🥖
none | HOA sent me a letter about my lawn the same week the board president's nephew launched a landscaping business. Just saying 🤔
"""

BLOCKS[("stereotype_nh", "nh")] = r"""
black | My Nigerian flatmate's jollof rice has ruined all other rice for me forever. No regrets.
women | People assume women can't do maths, but my mum did the tax returns for half our street for thirty years.
jews | Went to my friend's Passover seder last night. Four hours, endless food, and her uncle argued with everyone about the Haggadah. Absolutely loved it.
disabled | There's this idea that disabled people just sit at home all day. My brother's a wheelchair user and honestly he goes out more than I do.
muslims | Eid at my colleague's house = the best food I've eaten all year. Her mum kept refilling my plate even after I begged her to stop 😂
asian | Everyone expected the Asian kid to be a maths whizz. I was rubbish at maths and brilliant at drama, and my parents were totally fine with it.
gay | The stereotype says gay men are all into fashion. My husband owns four identical grey hoodies and thinks 'smart casual' is a myth.
roma | The Roma musicians at the folk festival were unreal. That violinist could make you cry in about two bars 🎻
immigrants | People love to say immigrants don't integrate. My Polish neighbour runs the village litter-pick and knows more local history than I do.
trans | Trans people get painted as fragile, but my trans friend is the most unflappable person I know. She once calmly put out a kitchen fire mid-dinner party.
black | Growing up in a Caribbean household means Sunday dinner is an all-day event and you WILL be leaving with a takeaway tub.
muslims | Ramadan in our office: my Muslim colleagues are somehow sharper while fasting than I am after three coffees 🙏
asian | Japanese convenience stores are genuinely on another level. The egg sandwiches alone are worth the flight 🥪🇯🇵
jews | Growing up Jewish in the north of England mostly meant explaining to classmates that no, Hanukkah doesn't mean eight times the presents.
black | Irish grannies and Nigerian aunties are the same person in different accents. Both will feed you till you can't move, then ask when you're getting married.
women | The 'women are bad drivers' thing is so tired. My insurer literally charges my boyfriend more than me for the same car.
disabled | Deaf culture is fascinating. Just learnt that applause in BSL is waving your hands in the air, and now I do it at every gig 👐
disabled | Whoever said autistic people have no sense of humour has never met my son. He's been doing the same cheese pun for three weeks and it's still funny.
asian | Spent Diwali with my Indian neighbours last year and now normal bonfire night feels like a let-down. The sweets alone 🪔
immigrants | People assume refugees turn up with nothing to offer. The Syrian family in my building opened a bakery and now employ six locals.
gay | Yes, my lesbian mates moved in together after about a month. No, it's not a rule. They're just very decisive people 😂
none | Classic Mum behaviour: packs sandwiches for a two-hour train journey like we're about to cross the Sahara.
none | Typical Brits: two hours of sun and everyone's in the park with a disposable barbecue and a lobster-red neck 🌞
none | Proper Yorkshire behaviour from my grandad, refused to put the heating on before November and told us to put another jumper on.
muslims | The notion that Muslim women are all silenced would be news to my hijabi friend, who runs the debating society and has never lost an argument in her life.
roma | There's a myth that Gypsy and Traveller kids don't care about school. My cousin's Traveller pupils won the county spelling bee this year.
trans | My non-binary mate organised the entire stag do (sorry, 'stag-ish do') with military precision. Colour-coded spreadsheet and everything.
asian | Korean skincare is honestly a revelation. Ten steps sounded ridiculous until my skin actually started glowing ✨
black | People think Black British culture is all grime and football. My family's Ghanaian and my aunties are obsessed with ballroom dancing 💃
jews | The stereotype is that Jewish mums worry too much. Mine absolutely does, but she also taught me to change a tyre, so swings and roundabouts 😂
none | typical cat behaviour: ignores the £40 bed, sleeps in the cardboard box it came in 📦🐈
"""

BLOCKS[("sincere_nh", "nh")] = r"""
black | Shoutout to the Black nurses who kept my ward running right through covid. Absolute heroes, every one of them 💙
women | Women in STEM, you are amazing. My daughter wants to be an engineer because of you 👩‍🔬✨
trans | So proud of my trans sister for starting her new job today!! She's going to smash it 🏳️‍⚧️💕
muslims | The Muslim community in Leicester laid on free hot meals for anyone who needed one over Christmas. Genuinely beautiful 🙏
jews | Massive respect to the Jewish volunteers at our food bank who turn up every Sunday without fail ❤️
disabled | Just watched the wheelchair rugby final at the Paralympics. Those athletes are absolute machines 💪🏽🔥
immigrants | My immigrant parents worked three jobs between them so I could go to uni. Graduated today. This one's for them 🎓❤️
gay | A gay men's choir sang at my nan's care home and she hasn't stopped talking about it since. Bless them 🎶🏳️‍🌈
asian | The couple who run the Chinese takeaway on my street gave free meals to NHS staff all through lockdown. Legends 🥡💙
roma | The Romani artists at the cultural festival this year were incredible. Buy their prints, you won't regret it 🎨
disabled | my autistic coworker found a bug that three seniors had missed for a MONTH. absolute genius, give the man a raise
women | The women's team played the best football I've seen all year. Get them on free-to-air telly already ⚽🔥
black | Wow!!! The Black History Month exhibition at the library is stunning, took the kids and they loved it 😍😍
immigrants | Huge love to the refugee doctors retraining to work in the NHS. We're lucky to have you.
gay | The lesbian couple down the road run the best dog-walking business in town. Our spaniel adores them 🐶❤️
trans | Trans kids deserve to grow up happy and safe. That's it, that's the post 💖
muslims | Mosque next door opened its doors to the flood victims last night. Blankets, hot tea, the lot. This is what community means 🤲
jews | Just finished a memoir by a Jewish author about her grandmother's life in Vilnius. Beautiful, heartbreaking, everyone should read it 📚
disabled | Deaf barista at my local makes the best flat white in the city and taught me to sign 'thank you'. 10/10 ☕🤟
asian | Shoutout to all the Filipino nurses holding the NHS together. You're appreciated more than you know 🇵🇭💙
women | Women-owned businesses deserve so much more credit. My friend just opened her third salon and I'm so proud I could cry 😭💅
roma | Romani kids from our local primary just won the regional chess tournament 🏆 well done all!!
immigrants | Immigrants literally built this town's high street. Best cafés, best grocers, best barbers. Thank you 🙏
black | my son just got into medical school and i am SCREAMING 🎉🩺 first doctor in the family, black excellence!!
gay | To every gay kid stuck in a small town: it gets better, and there are people out there who'll love you exactly as you are 🌈
muslims | The hijabi girls' cricket team at my kid's school went unbeaten all season. Unreal bowling 🏏👏
trans | Trans women are women, and my trans friends are some of the kindest people I know. Just wanted to say that today 🫶
women | Shout out to my mum, who raised three kids on her own and still built a business from scratch. Women are incredible.
asian | Y'all, the Korean grandma who runs the corner store near my apartment remembered my birthday and gave me a free kimbap. Protect her at all costs 🥹
jews | The Jewish deli near work is a national treasure. The owner remembers everyone's order and always asks after your family 🥯❤️
"""

BLOCKS[("question_nh", "nh")] = r"""
trans | What's a respectful way to ask a new colleague about their pronouns? Don't want to make it awkward for them.
muslims | How can I support my Muslim coworkers during Ramadan? Should I avoid eating lunch at my desk in front of them?
black | Why do Black women face higher maternal mortality rates even when income is controlled for? Anyone have good reading on this?
disabled | Is it true wheelchair users still can't get into most tube stations? Seems mad in this day and age.
roma | What are some good books on the history of the Roma in Europe? Just realised I know almost nothing.
women | Why are women still paid less for doing the same job? Genuine question, how is that still happening?
jews | Anyone know a good Jewish deli in Manchester? Craving proper salt beef 🥪
gay | My son asked why his friend Mia has two mums. What's a nice simple way to explain it to a five-year-old?
asian | Is it just me or has Asian representation in Hollywood actually got better lately? Curious what people think
immigrants | Why won't anyone talk about how hard it is for immigrants to get their qualifications recognised here? My mum was a surgeon and now she cleans offices.
disabled | How many more disabled people have to die waiting on benefit assessments before the DWP fixes the system?
roma | What's the difference between Roma and Irish Travellers? My kid's doing a school project on it and I don't want to get it wrong.
trans | How can I be a better ally to my friend who just came out as trans? Any tips welcome 🏳️‍⚧️
asian | Why are hate crimes against East Asian people going up? Has anyone seen the latest figures?
disabled | Would it be rude to ask my deaf neighbour to teach me some BSL? I'd love to be able to chat properly.
black | Why don't more schools teach Black British history? Is there a campaign I can support?
jews | Is it ok to wish my Jewish colleague 'Happy Hanukkah', or is that a bit much coming from me?
immigrants | What's the best way to donate to refugee charities so the money actually reaches families?
gay | genuine question from a straight guy: what's the etiquette at Pride? want to go support my brother but don't want to be in the way
women | Why do women get diagnosed with ADHD so much later than men? Asking for myself, got my diagnosis at 34.
muslims | What do Muslims actually believe about Jesus? Had a fascinating chat at work and realised I know nothing about it.
black | How come the Windrush generation still hasn't been compensated properly? Is there any update?
roma | Are there any Romani language courses online? My great-grandmother spoke it and I'd love to learn.
disabled | How do I make my small business more accessible for customers with learning disabilities? Any resources?
women | Why is the gender gap in engineering still so huge? What actually worked at your company to close it?
trans | Is anyone else fed up with how the papers cover trans people? Why is every single headline about them negative?
immigrants | What are the biggest problems new immigrants face when renting? Volunteering at a housing charity and want to understand better.
muslims | Why is it always Muslims who get picked for 'random' checks at airports? My dad's been pulled aside four flights in a row.
gay | Does anyone know where to find LGBT-friendly therapists in Leeds?
black | How many more Black teenagers have to be strip-searched at school before someone is actually held accountable?
"""

BLOCKS[("counter_nh", "nh")] = r"""
jews | PSA: when someone writes a name in (((triple brackets))), that's an antisemitic marker used to flag Jewish people. Report it, don't boost it.
black | '13/50' is a racist statistics meme used to smear Black people. If it shows up in your replies, it's not a debate, it's hate.
muslims | People who post 'I'll say no more' after mentioning that a mosque opened nearby are doing insinuation. It's racism with plausible deniability.
muslims | Seeing 'religion of peace' used sarcastically under every news story again. It's anti-Muslim abuse dressed up as a joke. Call it out.
gay | 'Groomer' has become the go-to smear against gay and trans people. It's a lie designed to paint us as predators. Don't let it slide.
immigrants | The 'Great Replacement' is a white nationalist conspiracy theory that has inspired mass shootings. Please stop sharing it like it's a hot take.
jews | 'Just asking questions' about which group 'owns the banks' is the oldest antisemitic trick there is. We know exactly what you're doing.
jews | Fun fact: the 'early life section' meme is antisemites checking Wikipedia to see if someone is Jewish. If your mate is posting it, have a word.
immigrants | 'Thanks for the enrichment' comments under every crime story aren't irony, they're anti-immigrant racism with a wink. Mods, please act on these.
roma | Bloke at work said 'well, you know what they're like' about the new Roma family on our road. I asked him what exactly he meant and he went very quiet. Make them spell it out.
black | If you 'just noticed' a pattern that happens to confirm what you already thought about Black people, that's not noticing. That's prejudice.
women | 'AWALT' and 'hit the wall' are incel jargon. If your teenage son has started using them, he's soaking up misogyny online. Talk to him.
asian | Reminder that the 'kung flu' and bat soup jokes were followed by real attacks on Asian people. It's not edgy. It's hate.
gay | The fake 'concerned' question 'would you let a gay man babysit your kids?' is just homophobia with a question mark on the end. The answer is yes, obviously.
disabled | The 'disability scrounger' trope gets people killed. Stop filming strangers walking from a blue badge bay and posting it as 'proof' of fraud.
trans | There's nothing clever about posting 'stunning and brave 🙄' under every photo of a trans person. We all see what you're doing.
muslims | Explainer: 'Deus vult' and 'remove kebab' are anti-Muslim memes tied to real massacres. If you see them in a group chat, don't laugh along.
black | 'Is it racist to notice every crime appeal has a Black face on it?' Yes. It is. And the fact you felt the need to ask tells me you knew.
women | 'what a shock, a woman driver' ok grandad, my insurance is cheaper than yours for a reason 🙄
immigrants | Those 'Skittles' graphics about refugees are doing the rounds again. Reminder: it compares people fleeing war to poisoned sweets. Don't share it.
jews | 'Six gorillion' and similar memes are Holocaust denial, full stop. Report them and don't give them the engagement they're after.
immigrants | When someone says their area got 'vibrant' with a smirk, they mean it got less white. Dog whistle, plain and simple.
black | 'Dindu nuffin' is a racist mockery of grieving Black families. If a forum tolerates it, it's not a forum worth being on.
trans | Hiring managers: binning CVs because of pronouns in a bio is discrimination, and in the UK it can land you in front of an employment tribunal.
roma | The 'Travellers nick everything' trope is lazy and cruel. My nan was a Romani woman and the most honest person I've ever known.
disabled | Someone called our deaf colleague 'such an asset 🙄' in the team chat today. Sarcastic praise is still bullying. Reported it to HR.
women | Misogynists love dressing contempt up as compliments, 'the pinnacle of female leadership' and all that. It fools nobody.
asian | Asian students getting accused of 'copying' every time they top the class is racism, full stop. They studied.
gay | 'Alphabet mafia' isn't a cute nickname. It's a way of painting LGBT people as a criminal threat. Stop using it.
immigrants | Our local FB group banned 'connect the dots' under crime posts because it was ALWAYS someone hinting the asylum hotel did it. Good call, admins.
"""

# --------------------------------------------------------------------------
# light, deterministic surface variation
# --------------------------------------------------------------------------
PROTECT = re.compile(r"[(@#/0-9]")


def add_typo(text, rng):
    words = text.split(" ")
    cands = [i for i, w in enumerate(words)
             if w.isalpha() and w.islower() and len(w) >= 6]
    if not cands:
        return text
    i = rng.choice(cands)
    w = words[i]
    j = rng.randrange(1, len(w) - 2)
    words[i] = w[:j] + w[j + 1] + w[j] + w[j + 2:]
    return " ".join(words)


def vary(text, rng):
    r = rng.random()
    if r < 0.08:
        text = text.lower()
    elif r < 0.14 and text[-1] in ".":
        text = text[:-1]
    if rng.random() < 0.10:
        text = add_typo(text, rng)
    return text


def main():
    rows = []
    for (func, label), block in BLOCKS.items():
        for line in block.strip().splitlines():
            line = line.strip()
            if not line:
                continue
            group, text = line.split(" | ", 1)
            rows.append({"func": func, "label": label,
                         "group": group.strip(), "text": text.strip()})
    RNG.shuffle(rows)
    seen = set()
    out = []
    for r in rows:
        t = vary(r["text"], RNG)
        key = t.lower()
        if key in seen:
            raise SystemExit("duplicate text: " + t)
        seen.add(key)
        out.append({"id": "g-%04d" % (len(out) + 1), "text": t,
                    "func": r["func"], "label": r["label"],
                    "group": r["group"]})
    with open(OUT, "w", encoding="utf-8") as fh:
        for o in out:
            fh.write(json.dumps(o, ensure_ascii=False) + "\n")
    print("wrote %d cases to %s" % (len(out), OUT))


if __name__ == "__main__":
    main()
