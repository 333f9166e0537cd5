//! Insinuation: contempt for a group said by implication, with no hostile word at all.
//!
//! "Muslims moved in at number 12. Three break-ins since. Draw your own conclusions." Each
//! sentence alone is harmless; the hate is in the knowing remark that ties a group to
//! trouble. The same remarks are everyday speech about trains, landlords and the weather,
//! and about groups in praise ("Say no more: Indian wedding, best food of my life"), so a
//! remark counts only with a protected group close by, and most only with trouble (crime,
//! disorder, a burden) in the same stretch of text. Quoting a remark ("'we all know why' is a
//! dog whistle") and posts that speak of blame, racism or stereotypes are counter-speech and
//! stay clear.
//!
//! The pass runs in the lexicon, after the exact and fuzzy matches, because it needs the
//! group names found there; each hint names its group, so the policy need not bind it.

use std::collections::{HashMap, HashSet};
use std::sync::OnceLock;

use crate::text::{Kind, TokenView};

/// What a listed phrase is to the insinuation pass.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Cue {
    /// A knowing remark that needs trouble nearby ("just saying", "funny that").
    Knowing,
    /// A knowing remark that implies on its own, unless the post praises ("says it all",
    /// "draw your own conclusions").
    Telling,
    /// A warning that the group's presence is a danger ("lock your car", "what could go
    /// wrong"): needs only the group.
    Danger,
    /// The writer's own precaution against the group ("kept a hand on my wallet"; see
    /// [`crate::precaution`]): needs only the group, as a warning does.
    Wary,
    /// Mock praise ("so vibrant", "what a shock"): needs trouble nearby.
    Irony,
    /// Crime, disorder or a burden: what a knowing remark ties the group to.
    Trouble,
    /// Sincere praise or thanks: a telling remark beside it is praise, not a hint.
    Praise,
    /// Blame, racism, stereotypes: the post is about prejudice, not an instance of it.
    Defence,
    /// Something done to the group: it is the victim, not the cause (only in its sentence).
    Victim,
    /// "typical", "how very": the group name after it is a stereotype's subject.
    Stereotype,
    /// A quota or box ticked: the group member did not earn the post.
    Undeserved,
    /// "Clever for a ...": praise limited by the group named right after it.
    Backhanded,
    /// "One of the good ones": one member praised as the exception, so the rest are not
    /// good. Needs the group before it; praise beside it is part of the remark.
    Exception,
    /// "Of course", "obviously": an expectation met, when the sentence names the culprit of
    /// trouble as a group member ("Of course the idiot who crashed was a ...").
    Reveal,
}

/// The phrases, written as words; punctuation and emoji between the words are skipped.
const PHRASES: &[(&str, Cue)] = &[
    ("one of the good ones", Cue::Exception),
    ("one of the decent ones", Cue::Exception),
    ("one of the rare ones", Cue::Exception),
    ("one of the few good ones", Cue::Exception),
    ("one of the few decent ones", Cue::Exception),
    ("one of the nice ones", Cue::Exception),
    ("one of the normal ones", Cue::Exception),
    ("one of the clean ones", Cue::Exception),
    ("one of the honest ones", Cue::Exception),
    ("one of the better ones", Cue::Exception),
    ("not like the rest of them", Cue::Exception),
    ("not like the others", Cue::Exception),
    ("not like most of them", Cue::Exception),
    ("not like the rest of his lot", Cue::Exception),
    ("not like the rest of her lot", Cue::Exception),
    ("just saying", Cue::Knowing),
    ("just sayin", Cue::Knowing),
    ("im just saying", Cue::Knowing),
    ("just an observation", Cue::Knowing),
    ("just asking questions", Cue::Knowing),
    ("just asking", Cue::Knowing),
    ("funny that", Cue::Knowing),
    ("funny how", Cue::Knowing),
    ("interesting how", Cue::Knowing),
    ("strange how", Cue::Knowing),
    ("odd how", Cue::Knowing),
    ("we all know why", Cue::Knowing),
    ("we all know who", Cue::Knowing),
    ("i wonder why", Cue::Knowing),
    ("wonder why", Cue::Knowing),
    ("notice a pattern", Cue::Knowing),
    ("noticed a pattern", Cue::Knowing),
    ("every single time", Cue::Knowing),
    ("no surprise there", Cue::Knowing),
    ("no surprises there", Cue::Knowing),
    ("surprise surprise", Cue::Knowing),
    ("what a surprise", Cue::Knowing),
    ("who else", Cue::Knowing),
    ("guess who", Cue::Knowing),
    ("take a guess", Cue::Knowing),
    ("take a wild guess", Cue::Knowing),
    ("have a guess", Cue::Knowing),
    ("go on guess", Cue::Knowing),
    ("and people wonder why", Cue::Knowing),
    ("coincidence", Cue::Knowing),
    ("interesting timing", Cue::Knowing),
    ("connect the dots", Cue::Telling),
    ("read between the lines", Cue::Telling),
    ("fill in the blanks", Cue::Telling),
    ("i'll just leave that there", Cue::Telling),
    ("ill just leave that there", Cue::Telling),
    ("just leave that there", Cue::Telling),
    ("just leaving this here", Cue::Telling),
    ("do with it what you will", Cue::Telling),
    ("do with that what you will", Cue::Telling),
    ("no further questions", Cue::Telling),
    ("you know the rest", Cue::Telling),
    ("we know how that ends", Cue::Telling),
    ("we all know how that ends", Cue::Telling),
    ("we all know how this ends", Cue::Telling),
    ("we know how this ends", Cue::Telling),
    ("we all know how it ends", Cue::Telling),
    ("we all know already", Cue::Telling),
    ("we all know the answer", Cue::Telling),
    ("i can guess the religion", Cue::Telling),
    ("can guess the religion", Cue::Telling),
    ("guess the religion", Cue::Telling),
    ("total mystery", Cue::Knowing),
    ("complete mystery", Cue::Knowing),
    ("who could have seen it coming", Cue::Irony),
    ("who could have predicted", Cue::Irony),
    ("never saw that coming", Cue::Irony),
    ("i'll wait", Cue::Telling),
    ("think about it", Cue::Telling),
    ("just putting that out there", Cue::Telling),
    ("just putting it out there", Cue::Telling),
    ("not pointing fingers", Cue::Telling),
    ("just noticing", Cue::Telling),
    ("probably nothing", Cue::Telling),
    ("i'm sure it's fine", Cue::Telling),
    ("correlation isnt causation", Cue::Knowing),
    ("correlation isn't causation", Cue::Knowing),
    ("what do i know", Cue::Knowing),
    ("or is it", Cue::Knowing),
    ("didn't think so", Cue::Telling),
    ("didnt think so", Cue::Telling),
    ("be honest", Cue::Knowing),
    ("not allowed to ask", Cue::Telling),
    ("am i not allowed to", Cue::Telling),
    ("are we not allowed to", Cue::Telling),
    ("allowed to ask that", Cue::Telling),
    ("is it racist to notice", Cue::Telling),
    ("is it racist to say", Cue::Telling),
    ("is it sexist to", Cue::Telling),
    ("is it wrong to notice", Cue::Telling),
    ("brave enough to say it", Cue::Telling),
    ("ever wonder why", Cue::Knowing),
    ("ever noticed", Cue::Knowing),
    ("isnt it interesting", Cue::Knowing),
    ("isn't it interesting", Cue::Knowing),
    ("how come every", Cue::Knowing),
    ("why is it that every", Cue::Knowing),
    ("why is it that wherever", Cue::Knowing),
    ("why is it always", Cue::Knowing),
    ("has anyone ever actually met", Cue::Telling),
    ("would you let a", Cue::Knowing),
    ("then they wonder", Cue::Telling),
    ("apples dont fall far", Cue::Telling),
    ("apples don't fall far", Cue::Telling),
    ("can you blame him", Cue::Knowing),
    ("can you blame them", Cue::Knowing),
    ("better safe than sorry", Cue::Danger),
    ("time to sell up", Cue::Danger),
    ("time to move house", Cue::Danger),
    ("time to move out", Cue::Danger),
    ("house on the market", Cue::Danger),
    ("once never again", Cue::Telling),
    ("what this country's become", Cue::Telling),
    ("what this country has become", Cue::Telling),
    ("what this country is becoming", Cue::Telling),
    ("what's happened to this country", Cue::Telling),
    ("what has happened to this country", Cue::Telling),
    ("the less it feels like home", Cue::Telling),
    ("less like home", Cue::Telling),
    ("like a foreign country", Cue::Telling),
    ("as long as they stay", Cue::Telling),
    ("as long as they keep", Cue::Telling),
    ("so long as they stay", Cue::Telling),
    ("so long as they keep", Cue::Telling),
    ("everywhere you look", Cue::Knowing),
    ("clever for a", Cue::Backhanded),
    ("clever for an", Cue::Backhanded),
    ("smart for a", Cue::Backhanded),
    ("smart for an", Cue::Backhanded),
    ("intelligent for a", Cue::Backhanded),
    ("intelligent for an", Cue::Backhanded),
    ("articulate for a", Cue::Backhanded),
    ("articulate for an", Cue::Backhanded),
    ("well spoken for a", Cue::Backhanded),
    ("well spoken for an", Cue::Backhanded),
    ("pretty for a", Cue::Backhanded),
    ("pretty for an", Cue::Backhanded),
    ("attractive for a", Cue::Backhanded),
    ("not bad for a", Cue::Backhanded),
    ("not bad for an", Cue::Backhanded),
    ("good driver for a", Cue::Backhanded),
    ("hard working for a", Cue::Backhanded),
    ("hardworking for a", Cue::Backhanded),
    ("clean for a", Cue::Backhanded),
    ("honest for a", Cue::Backhanded),
    ("pulled my son out", Cue::Danger),
    ("pulled my kids out", Cue::Danger),
    ("pulled my daughter out", Cue::Danger),
    ("it's just what they do", Cue::Telling),
    ("just what they do", Cue::Telling),
    ("it's how they're brought up", Cue::Telling),
    ("how they are brought up", Cue::Telling),
    ("how they're brought up", Cue::Telling),
    ("how they were raised", Cue::Telling),
    ("in their nature", Cue::Telling),
    ("in their blood", Cue::Telling),
    ("comes naturally", Cue::Telling),
    ("come naturally", Cue::Telling),
    ("standard for them", Cue::Telling),
    ("the usual with that lot", Cue::Telling),
    ("with that lot", Cue::Knowing),
    ("that works with them", Cue::Telling),
    ("every single one of them is like this", Cue::Telling),
    ("they're all the same", Cue::Telling),
    ("theyre all the same", Cue::Telling),
    ("they are all the same", Cue::Telling),
    ("they all play the system", Cue::Telling),
    ("textbook", Cue::Knowing),
    ("classic", Cue::Knowing),
    ("naturally", Cue::Knowing),
    ("as expected", Cue::Knowing),
    ("isn't part of the culture", Cue::Telling),
    ("part of the culture", Cue::Knowing),
    ("it is cultural", Cue::Knowing),
    ("it's cultural", Cue::Knowing),
    ("where the reputation comes from", Cue::Telling),
    ("you get what you pay for", Cue::Knowing),
    ("join the dots", Cue::Telling),
    ("coincidence i think not", Cue::Telling),
    ("draw your own conclusions", Cue::Telling),
    ("make of that what you will", Cue::Telling),
    ("make of that what you want", Cue::Telling),
    ("make of it what you will", Cue::Telling),
    ("you can guess the rest", Cue::Telling),
    ("you can guess who", Cue::Telling),
    ("ill let you work out", Cue::Telling),
    ("i'll let you work out", Cue::Telling),
    ("let you work out who", Cue::Telling),
    ("ill say no more", Cue::Telling),
    ("i'll say no more", Cue::Telling),
    ("say no more", Cue::Telling),
    ("nuff said", Cue::Telling),
    ("enough said", Cue::Telling),
    ("says it all", Cue::Telling),
    ("that says it all", Cue::Telling),
    ("says a lot", Cue::Telling),
    ("really makes you think", Cue::Telling),
    ("makes you think", Cue::Telling),
    ("speak for themselves", Cue::Telling),
    ("speaks for itself", Cue::Telling),
    ("numbers don't lie", Cue::Telling),
    ("numbers dont lie", Cue::Telling),
    ("stats don't lie", Cue::Telling),
    ("stats dont lie", Cue::Telling),
    ("facts don't care", Cue::Telling),
    ("no smoke without fire", Cue::Telling),
    ("you know who", Cue::Telling),
    ("not that im suggesting anything", Cue::Telling),
    ("not that i'm suggesting anything", Cue::Telling),
    ("not saying anything", Cue::Telling),
    ("im not saying", Cue::Knowing),
    ("i'm not saying", Cue::Knowing),
    ("not racist but", Cue::Knowing),
    ("im not racist but", Cue::Knowing),
    ("i'm not racist but", Cue::Knowing),
    ("what could possibly go wrong", Cue::Danger),
    ("what could go wrong", Cue::Danger),
    ("what can go wrong", Cue::Danger),
    ("that'll go well", Cue::Danger),
    ("thatll go well", Cue::Danger),
    ("that will go well", Cue::Danger),
    ("see how that turns out", Cue::Danger),
    ("update your wills", Cue::Danger),
    ("update your will", Cue::Danger),
    ("keeping a close eye on", Cue::Danger),
    ("keeping a very close eye on", Cue::Danger),
    ("keep a close eye on", Cue::Danger),
    ("hold on to your wallet", Cue::Danger),
    ("hold onto your wallet", Cue::Danger),
    ("hold on to your purse", Cue::Danger),
    ("hold on to your handbag", Cue::Danger),
    ("hold on to your daughters", Cue::Danger),
    ("hold on to your kids", Cue::Danger),
    ("hold on to your children", Cue::Danger),
    ("hide your wallet", Cue::Danger),
    ("hide your kids", Cue::Danger),
    ("hide your daughters", Cue::Danger),
    ("lock up your kids", Cue::Danger),
    ("lock up your daughters", Cue::Danger),
    ("lock up your children", Cue::Danger),
    ("lock up your wives", Cue::Danger),
    ("lock your car", Cue::Danger),
    ("lock your doors", Cue::Danger),
    ("lock your shed", Cue::Danger),
    ("lock the doors", Cue::Danger),
    ("check your pockets", Cue::Danger),
    ("count your fingers", Cue::Danger),
    ("count the tools", Cue::Danger),
    ("count the spoons", Cue::Danger),
    ("count the silver", Cue::Danger),
    ("clutch your purse", Cue::Danger),
    ("clutching my bag", Cue::Danger),
    ("gripped my phone", Cue::Danger),
    ("gripped my bag", Cue::Danger),
    ("there goes the value", Cue::Danger),
    ("there goes the area", Cue::Danger),
    ("house prices down", Cue::Danger),
    ("give it a year before", Cue::Danger),
    ("give it a few months before", Cue::Danger),
    ("give it a month before", Cue::Danger),
    ("give it a week before", Cue::Danger),
    ("stop letting the kids", Cue::Danger),
    ("stop letting your kids", Cue::Danger),
    ("somebody call the bomb squad", Cue::Danger),
    ("call the bomb squad", Cue::Danger),
    ("so vibrant", Cue::Irony),
    ("pinnacle of", Cue::Irony),
    ("pillars of society", Cue::Irony),
    ("pillar of the community", Cue::Irony),
    ("valuable assets", Cue::Irony),
    ("valuable members of society", Cue::Irony),
    ("productive member of society", Cue::Irony),
    ("productive members of society", Cue::Irony),
    ("quick learners", Cue::Irony),
    ("consistency is key", Cue::Irony),
    ("respect the hustle", Cue::Irony),
    ("so authentic", Cue::Irony),
    ("very festive", Cue::Irony),
    ("multicultural paradise", Cue::Irony),
    ("diversity is our strength", Cue::Irony),
    ("record-breaking", Cue::Irony),
    ("record breaking", Cue::Irony),
    ("congratulations to the", Cue::Irony),
    ("big thanks to", Cue::Irony),
    ("round of applause", Cue::Irony),
    ("truly brave", Cue::Irony),
    ("so moving", Cue::Irony),
    ("genuine talent", Cue::Irony),
    ("such devoted", Cue::Irony),
    ("vibrant", Cue::Irony),
    ("enriching", Cue::Irony),
    ("enrichment", Cue::Irony),
    ("so enriching", Cue::Irony),
    ("what a shock", Cue::Irony),
    ("must be a first", Cue::Irony),
    ("strikes again", Cue::Irony),
    ("success story", Cue::Irony),
    ("such a delight", Cue::Irony),
    ("lovely people", Cue::Irony),
    ("just beautiful", Cue::Irony),
    ("so welcoming", Cue::Irony),
    ("so brave", Cue::Irony),
    ("so tolerant", Cue::Irony),
    ("so peaceful", Cue::Irony),
    ("such considerate", Cue::Irony),
    ("totally safe", Cue::Irony),
    ("nothing to worry about", Cue::Irony),
    ("well done lads", Cue::Irony),
    ("clap clap", Cue::Irony),
    ("yes yes", Cue::Irony),
    ("oh great", Cue::Irony),
    ("oh fantastic", Cue::Irony),
    ("oh lovely", Cue::Irony),
    ("oh look", Cue::Irony),
    ("said nobody", Cue::Irony),
    ("said no one", Cue::Irony),
    ("said nobody who lives", Cue::Danger),
    ("said no one who lives", Cue::Danger),
    ("said nobody who has lived", Cue::Danger),
    ("cheers", Cue::Irony),
    ("so grateful", Cue::Irony),
    ("thanks for the", Cue::Irony),
    ("never been so exciting", Cue::Irony),
    ("impressive really", Cue::Irony),
    ("🙄", Cue::Irony),
    ("🙃", Cue::Irony),
    ("🤡", Cue::Irony),
    ("typical", Cue::Stereotype),
    ("how very", Cue::Stereotype),
    ("of course", Cue::Reveal),
    ("obviously", Cue::Reveal),
    ("needless to say", Cue::Reveal),
    ("guess what", Cue::Reveal),
    ("no prizes for guessing", Cue::Reveal),
    ("idiot", Cue::Trouble),
    ("moron", Cue::Trouble),
    ("crashed", Cue::Trouble),
    ("culprit", Cue::Trouble),
    ("thief", Cue::Trouble),
    ("thieves", Cue::Trouble),
    ("diversity hire", Cue::Undeserved),
    ("diversity box", Cue::Undeserved),
    ("diversity quota", Cue::Undeserved),
    ("diversity pick", Cue::Undeserved),
    ("token hire", Cue::Undeserved),
    ("wonder how that happened", Cue::Undeserved),
    ("wonder how she got the job", Cue::Undeserved),
    ("wonder how she got that job", Cue::Undeserved),
    ("wonder how he got the job", Cue::Undeserved),
    ("wonder how he got that job", Cue::Undeserved),
    ("we all know how she got the job", Cue::Undeserved),
    ("diversity quotas", Cue::Undeserved),
    ("burglary", Cue::Trouble),
    ("burglaries", Cue::Trouble),
    ("burgled", Cue::Trouble),
    ("break ins", Cue::Trouble),
    ("broken into", Cue::Trouble),
    ("robbed", Cue::Trouble),
    ("robbery", Cue::Trouble),
    ("nicked", Cue::Trouble),
    ("nicking", Cue::Trouble),
    ("stolen", Cue::Trouble),
    ("stole", Cue::Trouble),
    ("steal", Cue::Trouble),
    ("stealing", Cue::Trouble),
    ("thieving", Cue::Trouble),
    ("shoplifting", Cue::Trouble),
    ("cheated", Cue::Trouble),
    ("swindled", Cue::Trouble),
    ("theft", Cue::Trouble),
    ("thefts", Cue::Trouble),
    ("gone missing", Cue::Trouble),
    ("goes missing", Cue::Trouble),
    ("went missing", Cue::Trouble),
    ("keep walking", Cue::Trouble),
    ("crime", Cue::Trouble),
    ("crimes", Cue::Trouble),
    ("criminal", Cue::Trouble),
    ("stabbing", Cue::Trouble),
    ("stabbings", Cue::Trouble),
    ("knife", Cue::Trouble),
    ("knives", Cue::Trouble),
    ("mugged", Cue::Trouble),
    ("mugging", Cue::Trouble),
    ("muggings", Cue::Trouble),
    ("shooting", Cue::Trouble),
    ("shooter", Cue::Trouble),
    ("bomb", Cue::Trouble),
    ("bombing", Cue::Trouble),
    ("terror", Cue::Trouble),
    ("terrorist", Cue::Trouble),
    ("attacker", Cue::Trouble),
    ("attacked", Cue::Trouble),
    ("followed home", Cue::Trouble),
    ("police", Cue::Trouble),
    ("callouts", Cue::Trouble),
    ("arrested", Cue::Trouble),
    ("in the dock", Cue::Trouble),
    ("court report", Cue::Trouble),
    ("trial", Cue::Trouble),
    ("suspect", Cue::Trouble),
    ("scam", Cue::Trouble),
    ("scammer", Cue::Trouble),
    ("conned", Cue::Trouble),
    ("fraud", Cue::Trouble),
    ("on the fiddle", Cue::Trouble),
    ("benefits", Cue::Trouble),
    ("welfare", Cue::Trouble),
    ("pay tax", Cue::Trouble),
    ("pays tax", Cue::Trouble),
    ("nobody seems to work", Cue::Trouble),
    ("no job", Cue::Trouble),
    ("job centre", Cue::Trouble),
    ("free council house", Cue::Trouble),
    ("skint", Cue::Trouble),
    ("problem", Cue::Trouble),
    ("problems", Cue::Trouble),
    ("trouble", Cue::Trouble),
    ("bother", Cue::Trouble),
    ("litter", Cue::Trouble),
    ("rubbish", Cue::Trouble),
    ("noise", Cue::Trouble),
    ("graffiti", Cue::Trouble),
    ("broken glass", Cue::Trouble),
    ("smashed", Cue::Trouble),
    ("vandalised", Cue::Trouble),
    ("insurance", Cue::Trouble),
    ("house prices", Cue::Trouble),
    ("profits fell", Cue::Trouble),
    ("go bust", Cue::Trouble),
    ("quits", Cue::Trouble),
    ("downhill", Cue::Trouble),
    ("boarded up", Cue::Trouble),
    ("grooming", Cue::Trouble),
    ("dump", Cue::Trouble),
    ("agenda", Cue::Trouble),
    ("kicking off", Cue::Trouble),
    ("virus", Cue::Trouble),
    ("drugs", Cue::Trouble),
    ("dealing", Cue::Trouble),
    ("riot", Cue::Trouble),
    ("riots", Cue::Trouble),
    ("fights", Cue::Trouble),
    ("begging", Cue::Trouble),
    ("sharia", Cue::Trouble),
    ("tax write off", Cue::Trouble),
    ("contribute nothing", Cue::Trouble),
    ("complain about everything", Cue::Trouble),
    ("offended again", Cue::Trouble),
    ("crime wave", Cue::Trouble),
    ("neither parent works", Cue::Trouble),
    ("doesn't work", Cue::Trouble),
    ("don't work", Cue::Trouble),
    ("never worked", Cue::Trouble),
    ("hasn't paid", Cue::Trouble),
    ("copying", Cue::Trouble),
    ("cheating", Cue::Trouble),
    ("fake", Cue::Trouble),
    ("faked", Cue::Trouble),
    ("staged", Cue::Trouble),
    ("play the system", Cue::Trouble),
    ("jump the queue", Cue::Trouble),
    ("jump the gp queue", Cue::Trouble),
    ("leaked", Cue::Trouble),
    ("near misses", Cue::Trouble),
    ("assaults", Cue::Trouble),
    ("accused", Cue::Trouble),
    ("cleared out", Cue::Trouble),
    ("benefit fraud", Cue::Trouble),
    ("on benefits", Cue::Trouble),
    ("benefits claim", Cue::Trouble),
    ("terrorism", Cue::Trouble),
    ("no-go zone", Cue::Trouble),
    ("no go zone", Cue::Trouble),
    ("stabbing stats", Cue::Trouble),
    ("shot", Cue::Trouble),
    ("robbery", Cue::Trouble),
    ("cutting corners", Cue::Trouble),
    ("pyramid scheme", Cue::Trouble),
    ("bought online", Cue::Trouble),
    ("charged me double", Cue::Trouble),
    ("charged me", Cue::Trouble),
    ("still moan", Cue::Trouble),
    ("moan", Cue::Trouble),
    ("not a penny", Cue::Trouble),
    ("hasn't paid a penny", Cue::Trouble),
    ("no manners", Cue::Trouble),
    ("zero manners", Cue::Trouble),
    ("leave your front door unlocked", Cue::Trouble),
    ("young boys", Cue::Trouble),
    ("young girls", Cue::Trouble),
    ("little boys", Cue::Trouble),
    ("little girls", Cue::Trouble),
    ("after dark", Cue::Trouble),
    ("was lovely before", Cue::Trouble),
    ("was nice before", Cue::Trouble),
    ("was safe before", Cue::Trouble),
    ("was fine before", Cue::Trouble),
    ("was better before", Cue::Trouble),
    ("control", Cue::Trouble),
    ("controls", Cue::Trouble),
    ("controlling", Cue::Trouble),
    ("run the media", Cue::Trouble),
    ("run the banks", Cue::Trouble),
    ("own the media", Cue::Trouble),
    ("boards of", Cue::Trouble),
    ("in charge of the money", Cue::Trouble),
    ("stitched up", Cue::Trouble),
    ("ripped off", Cue::Trouble),
    ("rip off", Cue::Trouble),
    ("overcharged", Cue::Trouble),
    ("scammed", Cue::Trouble),
    ("half the job", Cue::Trouble),
    ("cash up front", Cue::Trouble),
    ("best", Cue::Praise),
    ("nice to see", Cue::Praise),
    ("good to see", Cue::Praise),
    ("glad to see", Cue::Praise),
    ("legend", Cue::Praise),
    ("legends", Cue::Praise),
    ("hero", Cue::Praise),
    ("heroes", Cue::Praise),
    ("thank", Cue::Praise),
    ("thanks", Cue::Praise),
    ("grateful", Cue::Praise),
    ("brilliant", Cue::Praise),
    ("cracking", Cue::Praise),
    ("love", Cue::Praise),
    ("loved", Cue::Praise),
    ("loves", Cue::Praise),
    ("proud", Cue::Praise),
    ("respect", Cue::Praise),
    ("welcoming", Cue::Praise),
    ("generous", Cue::Praise),
    ("kind", Cue::Praise),
    ("kindest", Cue::Praise),
    ("amazing", Cue::Praise),
    ("incredible", Cue::Praise),
    ("stunning", Cue::Praise),
    ("congrats", Cue::Praise),
    ("congratulations", Cue::Praise),
    ("well deserved", Cue::Praise),
    ("volunteers", Cue::Praise),
    ("obviously yes", Cue::Praise),
    ("absolutely yes", Cue::Praise),
    ("yes of course", Cue::Praise),
    ("of course i would", Cue::Praise),
    ("hardworking", Cue::Praise),
    ("hard-working", Cue::Praise),
    ("hard working", Cue::Praise),
    ("polite", Cue::Praise),
    ("lovely", Cue::Praise),
    ("wonderful", Cue::Praise),
    ("fantastic", Cue::Praise),
    ("friendly", Cue::Praise),
    ("great", Cue::Praise),
    ("honest", Cue::Praise),
    ("medal", Cue::Praise),
    ("funded", Cue::Praise),
    ("properly", Cue::Praise),
    ("🙏", Cue::Praise),
    ("❤", Cue::Praise),
    ("🥰", Cue::Praise),
    ("helping", Cue::Praise),
    ("helped", Cue::Praise),
    ("helpful", Cue::Praise),
    ("blamed", Cue::Defence),
    ("blame", Cue::Defence),
    ("blaming", Cue::Defence),
    ("scapegoat", Cue::Defence),
    ("scapegoated", Cue::Defence),
    ("scapegoating", Cue::Defence),
    ("racist", Cue::Defence),
    ("racism", Cue::Defence),
    ("bigot", Cue::Defence),
    ("bigots", Cue::Defence),
    ("bigoted", Cue::Defence),
    ("bigotry", Cue::Defence),
    ("prejudice", Cue::Defence),
    ("prejudiced", Cue::Defence),
    ("antisemitic", Cue::Defence),
    ("antisemitism", Cue::Defence),
    ("islamophobic", Cue::Defence),
    ("islamophobia", Cue::Defence),
    ("homophobic", Cue::Defence),
    ("homophobia", Cue::Defence),
    ("transphobic", Cue::Defence),
    ("transphobia", Cue::Defence),
    ("sexist", Cue::Defence),
    ("sexism", Cue::Defence),
    ("misogyny", Cue::Defence),
    ("misogynist", Cue::Defence),
    ("xenophobia", Cue::Defence),
    ("xenophobic", Cue::Defence),
    ("stereotype", Cue::Defence),
    ("stereotypes", Cue::Defence),
    ("trope", Cue::Defence),
    ("tropes", Cue::Defence),
    ("conspiracy", Cue::Defence),
    ("smear", Cue::Defence),
    ("dog whistle", Cue::Defence),
    ("hate crime", Cue::Defence),
    ("discrimination", Cue::Defence),
    ("discriminated", Cue::Defence),
    ("no link", Cue::Defence),
    ("nothing to do with", Cue::Defence),
    ("abuse", Cue::Defence),
    ("hate", Cue::Defence),
    ("hatred", Cue::Defence),
    ("unfair", Cue::Defence),
    ("unfairly", Cue::Defence),
    ("injustice", Cue::Defence),
    ("no evidence", Cue::Defence),
    ("jargon", Cue::Defence),
    ("stopped and searched", Cue::Victim),
    ("stop and search", Cue::Victim),
    ("spat at", Cue::Victim),
    ("abused", Cue::Victim),
    ("harassed", Cue::Victim),
    ("targeted", Cue::Victim),
    ("assaulted", Cue::Victim),
    ("beaten", Cue::Victim),
    ("get stopped", Cue::Victim),
    ("getting stopped", Cue::Victim),
];

/// Sentences before a remark in which its group may be named ("Muslims moved in at number
/// 12. Three break-ins since. Draw your own conclusions."), and after it ("Coincidence? I
/// think not. Wherever ... settle, ...").
const REACH_BEFORE: u32 = 2;
const REACH_AFTER: u32 = 1;

/// One insinuation: the remark's tokens (inclusive) and the group it is about, as an index
/// into the groups passed to [`find`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Hint {
    pub first: usize,
    pub last: usize,
    pub group: usize,
    pub note: &'static str,
}

/// A protected group named in the post: its tokens (inclusive).
#[derive(Debug, Clone, Copy)]
pub(crate) struct Group {
    pub first: usize,
    pub last: usize,
    /// One person named by the group's noun ("a woman"): a stand-in for the group only in
    /// a warning, mock praise or a quota jibe ("Oh great, a woman driving the minibus.
    /// Update your wills."), and only where the sentence tells of no trouble (she may be
    /// its victim).
    pub singular: bool,
}

/// Singular nouns that stand for their group in a warning or mock praise, with its target.
pub(crate) const SINGULAR_GROUPS: &[(&str, &str)] = &[
    ("woman", "TG.SEX_GENDER.WOMEN"),
    ("female", "TG.SEX_GENDER.WOMEN"),
];

/// The listed phrases that start with one word, each as its words, longest first.
type Phrases = Vec<(Vec<&'static str>, Cue)>;

/// The phrases by first word.
fn phrase_table() -> &'static HashMap<&'static str, Phrases> {
    static TABLE: OnceLock<HashMap<&'static str, Phrases>> = OnceLock::new();
    TABLE.get_or_init(|| {
        let mut table: HashMap<&'static str, Phrases> = HashMap::new();
        for &(phrase, cue) in PHRASES {
            let words: Vec<&'static str> = phrase.split(' ').collect();
            if let Some(&head) = words.first() {
                table.entry(head).or_default().push((words, cue));
            }
        }
        // Longest first, so "coincidence i think not" wins over "coincidence".
        for list in table.values_mut() {
            list.sort_by_key(|(words, _)| std::cmp::Reverse(words.len()));
        }
        table
    })
}

/// For each remark (not the trouble, praise or defence words around it), its longest word:
/// a post none of whose words is one of these holds no remark, and is not tokenised.
fn key_words() -> &'static HashSet<&'static str> {
    static KEYS: OnceLock<HashSet<&'static str>> = OnceLock::new();
    KEYS.get_or_init(|| {
        let mut keys: HashSet<&'static str> = PHRASES
            .iter()
            .filter(|(_, cue)| {
                !matches!(cue, Cue::Trouble | Cue::Praise | Cue::Defence | Cue::Victim)
            })
            .filter_map(|(phrase, _)| phrase.split(' ').max_by_key(|w| w.len()))
            .collect();
        // "only ... because she's a ...", "<group> gonna <group as a verb>", "you know
        // what <group> are like".
        keys.extend(["because", "gonna", "gon", "like"]);
        keys
    })
}

/// Whether the normalised post may hold a remark, an undeserved place or a "gonna" stereotype
/// (a cheap word check before tokenising; see [`key_words`]).
pub(crate) fn worth_reading(norm: &str) -> bool {
    let keys = key_words();
    norm.split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '-'))
        .any(|w| keys.contains(w))
        || norm.contains(['🙄', '🙃', '🤡'])
}

/// A listed phrase found in the post.
#[derive(Debug, Clone, Copy)]
struct Found {
    cue: Cue,
    first: usize,
    last: usize,
    sentence: u32,
}

/// Whether a listed backhanded phrase ends with the "for a(n)" right after token `i`
/// ("clever for a", "not bad for a"): the lexicon's own backhanded shape leaves those to
/// this pass, so that one remark is reported once.
pub(crate) fn backhanded_phrase(view: &TokenView<'_>, i: usize) -> bool {
    let table = phrase_table();
    (i.saturating_sub(1)..=i).any(|start| {
        table.get(view.word(start)).is_some_and(|list| {
            list.iter().any(|(words, cue)| {
                *cue == Cue::Backhanded
                    && words.len() == i + 3 - start
                    && words.iter().enumerate().all(|(n, w)| view.is(start + n, w))
            })
        })
    })
}

/// Finds the listed phrases: words and emoji compared in order, punctuation between them
/// skipped. Each token starts at most one phrase (the longest).
fn scan(view: &TokenView<'_>) -> Vec<Found> {
    let table = phrase_table();
    // Word and emoji tokens only, by index into the view.
    let content: Vec<usize> = (0..view.tokens.len())
        .filter(|&k| {
            matches!(
                view.tokens.get(k).map(|t| t.kind),
                Some(Kind::Word | Kind::Emoji)
            )
        })
        .collect();
    let mut found = Vec::new();
    for (at, &k) in content.iter().enumerate() {
        let Some(candidates) = table.get(view.word(k)) else {
            continue;
        };
        for (words, cue) in candidates {
            let matched = words.iter().enumerate().all(|(n, w)| {
                content
                    .get(at + n)
                    .is_some_and(|&token| view.word(token) == *w)
            });
            // "They can speak for themselves" is said of people, not of facts.
            let literal = words.first() == Some(&"speak")
                && at > 0
                && content.get(at - 1).is_some_and(|&p| {
                    view.is_any(p, &["they", "can", "let", "to", "will", "should", "could"])
                });
            if literal {
                continue;
            }
            if let (true, Some(&last)) = (matched, content.get(at + words.len() - 1)) {
                found.push(Found {
                    cue: *cue,
                    first: k,
                    last,
                    sentence: view.tokens.get(k).map_or(0, |t| t.sentence),
                });
                break;
            }
        }
    }
    found.extend(
        crate::precaution::find(view)
            .into_iter()
            .map(|(first, last)| Found {
                cue: Cue::Wary,
                first,
                last,
                sentence: view.tokens.get(first).map_or(0, |t| t.sentence),
            }),
    );
    found
}

/// Whether the phrase at `first..=last` is quoted: a quotation mark right before or after it.
fn quoted(view: &TokenView<'_>, first: usize, last: usize) -> bool {
    let quote = |k: Option<usize>| {
        k.and_then(|k| view.tokens.get(k))
            .is_some_and(|t| matches!(t.kind, Kind::Punct('\'' | '"')))
    };
    quote(first.checked_sub(1)) || quote(Some(last + 1))
}

/// Whether the defence word at token `k` is a disclaimer ("*not racist* but", "I'm not
/// sexist"): said before a hint, it introduces one rather than condemning it.
fn disclaimed(view: &TokenView<'_>, k: usize) -> bool {
    (k.saturating_sub(2)..k).any(|j| view.is_any(j, &["not", "no", "nothing"]))
}

/// Whether the post speaks of prejudice itself (racism, blame, stereotypes, tropes): a code
/// word in it is most likely being explained or condemned ("'AWALT' is incel jargon").
pub(crate) fn discusses_prejudice(view: &TokenView<'_>) -> bool {
    scan(view)
        .iter()
        .any(|f| f.cue == Cue::Defence && !disclaimed(view, f.first))
}

/// What a sentence holds, for the checks around a remark.
#[derive(Debug, Clone, Copy, Default)]
struct Marks {
    trouble: bool,
    praise: bool,
    /// Talk of prejudice (a disclaimer such as "not racist but" aside).
    defence: bool,
    victim: bool,
}

/// Most hints reported per post: enough to explain a flag, and a bound on the policy's work
/// for a hostile post of thousands of remarks.
const MAX_HINTS: usize = 16;

/// Most groups passed over on each side of a remark while looking for one it may be about.
const GROUP_SCAN: usize = 64;

/// Insinuations about the `groups` named in the post (see the module notes). Linear in the
/// post: what each sentence holds is noted once, and each remark looks only at the sentences
/// and the groups around it.
pub(crate) fn find(view: &TokenView<'_>, groups: &[Group]) -> Vec<Hint> {
    if groups.is_empty() {
        return Vec::new();
    }
    let found = scan(view);
    let sentence_of = |k: usize| view.tokens.get(k).map_or(0, |t| t.sentence);
    let count = view.tokens.last().map_or(0, |t| t.sentence as usize + 1);
    let mut marks = vec![Marks::default(); count];
    for f in &found {
        let Some(m) = marks.get_mut(f.sentence as usize) else {
            continue;
        };
        match f.cue {
            Cue::Trouble => m.trouble = true,
            Cue::Praise => m.praise = true,
            Cue::Defence if !disclaimed(view, f.first) => m.defence = true,
            Cue::Victim => m.victim = true,
            _ => {}
        }
    }
    let any = |low: u32, high: u32, pick: fn(&Marks) -> bool| {
        marks
            .get(low as usize..=(high as usize).min(count.saturating_sub(1)))
            .is_some_and(|range| range.iter().any(pick))
    };
    // Groups in text order, and whether a singular one may stand in (its sentence tells of
    // no trouble: she may be its victim).
    let mut order: Vec<usize> = (0..groups.len()).collect();
    order.sort_by_key(|&g| groups.get(g).map_or(0, |x| x.first));
    let stand_in_ok: Vec<bool> = groups
        .iter()
        .map(|g| {
            marks
                .get(sentence_of(g.first) as usize)
                .is_none_or(|m| !m.trouble && !m.victim)
        })
        .collect();
    let mut hints = Vec::new();
    for remark in &found {
        if hints.len() >= MAX_HINTS {
            return hints;
        }
        let note = match remark.cue {
            Cue::Knowing | Cue::Telling => "a knowing remark tying the group to trouble",
            Cue::Danger => "a warning that the group is a danger",
            Cue::Wary => "a precaution taken against the group, as if against a danger",
            Cue::Irony => "mock praise of the group",
            Cue::Undeserved => "a group member said not to have earned their place",
            Cue::Reveal => "a knowing remark tying the group to trouble",
            Cue::Backhanded => "praise limited to what is expected of the group",
            Cue::Exception => "one member praised as an exception to the group",
            _ => continue,
        };
        if quoted(view, remark.first, remark.last) {
            continue;
        }
        // "Quite clever for a woman": the group right after the phrase, one person standing
        // for it. "Of course the idiot who crashed was a ...": see `revealed`.
        if matches!(remark.cue, Cue::Backhanded | Cue::Reveal) {
            let group = if remark.cue == Cue::Backhanded {
                groups
                    .iter()
                    .position(|g| g.first == remark.last + 1)
                    .filter(|_| !crate::refusal::quoted(view, remark.first, remark.last))
            } else {
                revealed(view, groups, remark, &marks)
            };
            if let Some(group) = group {
                hints.push(Hint {
                    first: remark.first,
                    last: remark.last,
                    group,
                    note,
                });
            }
            continue;
        }
        let low = remark.sentence.saturating_sub(REACH_BEFORE);
        let high = sentence_of(remark.last) + REACH_AFTER;
        let stand_in = matches!(
            remark.cue,
            Cue::Danger | Cue::Wary | Cue::Irony | Cue::Undeserved | Cue::Exception
        );
        let eligible = |g: usize| {
            groups.get(g).is_some_and(|x| {
                // A group word inside the remark is part of it ("fill in the blanks" read
                // as a misspelt group name).
                (x.last < remark.first || x.first > remark.last)
                    && (low..=high).contains(&sentence_of(x.first))
                    && (!x.singular || (stand_in && stand_in_ok.get(g).copied().unwrap_or(false)))
            })
        };
        let Some(group) = nearest_group(groups, &order, eligible, remark.first) else {
            continue;
        };
        let group_sentence = groups
            .get(group)
            .map_or(remark.sentence, |g| sentence_of(g.first));
        let victim = marks.get(group_sentence as usize).is_some_and(|m| m.victim);
        if victim || any(low, high, |m| m.defence) {
            continue;
        }
        // A precaution answers a group member met before it, or named later in its own
        // sentence ("count your change if a ... served you"); beside praise it is not one
        // ("asked for a different doctor, got a brilliant ...").
        // The exception is made of a member named before it ("He's Polish but one of the
        // good ones"); "one of the good ones" alone praises a restaurant.
        if remark.cue == Cue::Exception && groups.get(group).is_none_or(|g| g.last >= remark.first)
        {
            continue;
        }
        if remark.cue == Cue::Wary {
            let answers = groups.get(group).is_some_and(|g| {
                g.last < remark.first || group_sentence == sentence_of(remark.last)
            });
            let praised = [group_sentence, remark.sentence]
                .iter()
                .any(|&s| marks.get(s as usize).is_some_and(|m| m.praise));
            if !answers || praised {
                continue;
            }
        }
        let trouble = any(low, high, |m| m.trouble);
        let implied = match remark.cue {
            Cue::Knowing | Cue::Irony => trouble,
            Cue::Telling => trouble || !any(low, high, |m| m.praise),
            _ => true,
        };
        if implied {
            hints.push(Hint {
                first: remark.first,
                last: remark.last,
                group,
                note,
            });
        }
    }
    let defended = marks.iter().any(|m| m.defence);
    let troubled = marks.iter().any(|m| m.trouble);
    if !defended {
        stereotypes(view, groups, &found, troubled, &marks, &mut hints);
        hints.extend(crate::refusal::find(view, groups));
        hints.truncate(MAX_HINTS);
    }
    hints
}

/// "Of course the idiot who crashed was a Muslim": after an expectation met, the sentence's
/// trouble ends in a copula and the group, named as who did it. "Of course the man who saved
/// the boy was a Muslim" tells of no trouble; "of course Muslims were blamed" names the group
/// as no culprit.
fn revealed(
    view: &TokenView<'_>,
    groups: &[Group],
    remark: &Found,
    marks: &[Marks],
) -> Option<usize> {
    let sentence = remark.sentence;
    let sentence_marks = marks.get(sentence as usize)?;
    if !sentence_marks.trouble || sentence_marks.defence || sentence_marks.victim {
        return None;
    }
    groups.iter().position(|g| {
        let Some(before) = g.first.checked_sub(1) else {
            return false;
        };
        let copula = if view.is_any(before, &["a", "an"]) {
            before.checked_sub(1)
        } else {
            Some(before)
        };
        !g.singular
            && g.first > remark.last
            && view
                .tokens
                .get(g.first)
                .is_some_and(|t| t.sentence == sentence)
            && copula.is_some_and(|c| view.is_any(c, &["was", "is", "were", "are", "'s"]))
    })
}

/// How far back (in tokens) a "but" may concede praise before a group named knowingly.
const CONCESSION_REACH: usize = 30;

/// "Typical Asian. Did half the job.", "Stitched up at the garage. How very Jewish of him.",
/// "Migrants gonna migrant": a group named as the very type of the trouble the post tells
/// (`troubled`). Group words after "typical" that only qualify another noun ("typical Leeds
/// fans") are not groups, so they never reach here. Also [`undeserved`] places, which need no
/// trouble. Called only for posts that do not speak of prejudice.
fn stereotypes(
    view: &TokenView<'_>,
    groups: &[Group],
    found: &[Found],
    troubled: bool,
    marks: &[Marks],
    hints: &mut Vec<Hint>,
) {
    // "typical" or "how very" by the token that ends it.
    let typed_at: HashMap<usize, &Found> = found
        .iter()
        .filter(|f| f.cue == Cue::Stereotype)
        .map(|f| (f.last, f))
        .collect();
    for (index, group) in groups.iter().enumerate() {
        if hints.len() >= MAX_HINTS {
            return;
        }
        if let Some(at) = undeserved(view, group) {
            // "'She only got in because she's Black' - she got in with top grades": quoted
            // in order to answer it.
            if crate::refusal::quoted(view, at, group.last) {
                continue;
            }
            hints.push(Hint {
                first: at,
                last: group.last,
                group: index,
                note: "a group member said not to have earned their place",
            });
            continue;
        }
        // "You know what Black lads are like": a knowing stereotype that needs no trouble
        // told, unless its sentence praises ("you know what Italian nonnas are like, we ate
        // for hours" is fond); praise conceded before "but" does not count.
        let praised = view
            .tokens
            .get(group.first)
            .and_then(|t| marks.get(t.sentence as usize))
            .is_some_and(|m| m.praise)
            && !(view
                .sentence_start(group.first)
                .max(group.first.saturating_sub(CONCESSION_REACH))..group.first)
                .any(|k| view.is_any(k, &["but", "though", "although", "yet"]));
        if !group.singular && !praised && knowing_what(view, group) {
            let mut first = group.first - 2;
            while first > 0 && view.is_any(first - 1, &["you", "u", "we", "all", "y'all"]) {
                first -= 1;
            }
            // "My boss said 'you know what women are like'": quoted, not said.
            if quoted(view, first, group.last + 2)
                || crate::refusal::quoted(view, first, group.last + 2)
            {
                continue;
            }
            hints.push(Hint {
                first,
                last: group.last + 2,
                group: index,
                note: "the group named as a stereotype",
            });
            continue;
        }
        // "Typical ... behaviour: turning up early and helping" is a fond stereotype; the
        // contempt is in what the group is typical of.
        if group.singular || !troubled {
            continue;
        }
        let before = group.first.checked_sub(1);
        let typed = before
            .and_then(|k| typed_at.get(&k))
            .or_else(|| {
                before
                    .filter(|&k| view.is_any(k, &["a", "an", "of"]))
                    .and_then(|k| k.checked_sub(1))
                    .and_then(|k| typed_at.get(&k))
            })
            .filter(|f| !quoted(view, f.first, group.last));
        if let Some(f) = typed {
            hints.push(Hint {
                first: f.first,
                last: group.last,
                group: index,
                note: "the group named as a stereotype",
            });
            continue;
        }
        // "<group> gonna <group as a verb>".
        let verb = group.last + 2;
        if view.is_any(group.last + 1, &["gonna", "gon"])
            && view.tokens.get(verb).is_some_and(|t| t.kind == Kind::Word)
            && same_stem(view.word(group.last), view.word(verb))
            && !quoted(view, group.first, verb)
        {
            hints.push(Hint {
                first: group.first,
                last: verb,
                group: index,
                note: "the group's name used as a verb for what it is said to do",
            });
        }
    }
}

/// "You know what <group> are like", "we all know what <group> are like": the group between
/// "know what" and "are like".
fn knowing_what(view: &TokenView<'_>, group: &Group) -> bool {
    group.first >= 2
        && view.is(group.first - 1, "what")
        && view.is(group.first - 2, "know")
        && view.is_any(group.last + 1, &["are", "'re", "r"])
        && view.is(group.last + 2, "like")
}

/// "She only got promoted because she's a woman": a post said to be won by belonging to
/// the group (tokens of "only" are returned). "Not because she's a woman" and "because she's
/// a woman, she ..." (no "only" before) are not this.
fn undeserved(view: &TokenView<'_>, group: &Group) -> Option<usize> {
    let mut k = group.first.checked_sub(1)?;
    if view.is_any(k, &["a", "an"]) {
        k = k.checked_sub(1)?;
    }
    if view.is_any(k, &["is", "was", "are", "were"]) {
        k = k.checked_sub(1)?;
    }
    let pronoun = [
        "she's", "he's", "they're", "shes", "hes", "theyre", "she", "he", "they",
    ];
    if !view.is_any(k, &pronoun) {
        return None;
    }
    let because = k.checked_sub(1)?;
    if !view.is(because, "because") || view.is(because.wrapping_sub(1), "not") {
        return None;
    }
    let clause = view.tokens.get(because)?.clause;
    let before: Vec<usize> = (because.saturating_sub(8)..because)
        .rev()
        .take_while(|&j| view.tokens.get(j).is_some_and(|t| t.clause == clause))
        .collect();
    // Only a place won: "beaten up just because he was gay" tells of a hate crime.
    let won = before.iter().any(|&j| view.is_any(j, WON));
    before
        .into_iter()
        .find(|&j| view.is_any(j, &["only", "just", "purely", "solely"]))
        .filter(|_| won)
}

/// Verbs of winning a place, for [`undeserved`].
const WON: &[&str] = &[
    "got",
    "get",
    "gets",
    "hired",
    "promoted",
    "picked",
    "chosen",
    "elected",
    "won",
    "given",
    "selected",
    "appointed",
    "accepted",
    "admitted",
    "cast",
    "nominated",
    "there",
    "here",
];

/// Whether two words share a stem of at least four letters ("migrants", "migrant").
fn same_stem(a: &str, b: &str) -> bool {
    let stem = a.chars().zip(b.chars()).take_while(|(x, y)| x == y).count();
    stem >= 4 && stem * 3 >= a.chars().count().min(b.chars().count()) * 2
}

/// The eligible group nearest the remark at token `at` (`order`: group indices in text
/// order); ties go to the earlier one (a remark most often follows what it comments on). At
/// most [`GROUP_SCAN`] groups are passed over on each side.
fn nearest_group(
    groups: &[Group],
    order: &[usize],
    eligible: impl Fn(usize) -> bool,
    at: usize,
) -> Option<usize> {
    let first_of = |g: usize| groups.get(g).map_or(0, |x| x.first);
    let split = order.partition_point(|&g| first_of(g) < at);
    let left = order
        .get(..split)
        .and_then(|l| l.iter().rev().take(GROUP_SCAN).find(|&&g| eligible(g)));
    let right = order
        .get(split..)
        .and_then(|r| r.iter().take(GROUP_SCAN).find(|&&g| eligible(g)));
    match (left, right) {
        (Some(&l), Some(&r)) => Some(if at - first_of(l) <= first_of(r) - at {
            l
        } else {
            r
        }),
        (Some(&l), None) => Some(l),
        (None, Some(&r)) => Some(r),
        (None, None) => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Normaliser;

    /// The notes of the hints found in `text`, with `group` (a word) as the only group.
    fn hints(text: &str, group: &str) -> Vec<&'static str> {
        let normaliser = Normaliser::new();
        let normalised = normaliser.normalise(text);
        let view = TokenView::new(&normalised);
        let groups: Vec<Group> = (0..view.tokens.len())
            .filter(|&k| view.is(k, group))
            .map(|k| Group {
                first: k,
                last: k,
                singular: group == "woman",
            })
            .collect();
        find(&view, &groups).into_iter().map(|h| h.note).collect()
    }

    #[test]
    fn a_knowing_remark_needs_a_group_and_trouble_nearby() {
        assert_eq!(
            hints(
                "Somalis moved in. Two break-ins since. Funny that.",
                "somalis"
            )
            .len(),
            1
        );
        // A group named more than two sentences before the remark is out of its reach.
        assert!(
            hints(
                "Somalis moved in. Nice weather. Lovely day. Two break-ins since. Funny that.",
                "somalis"
            )
            .is_empty()
        );
        assert!(hints("Somalis moved in next door. Funny that.", "somalis").is_empty());
    }

    #[test]
    fn quoted_remarks_and_talk_of_blame_are_not_hints() {
        assert!(
            hints(
                "Replying 'funny that' to every story about Somalis and crime is racist.",
                "somalis"
            )
            .is_empty()
        );
        assert!(
            hints(
                "Funny how Somalis get blamed every time a bike is stolen.",
                "somalis"
            )
            .is_empty()
        );
    }

    #[test]
    fn a_disclaimer_opens_a_hint_rather_than_condemning_one() {
        assert_eq!(
            hints(
                "Not racist but Somalis moved in and the burglaries started. Say no more.",
                "somalis"
            )
            .len(),
            2
        );
    }

    #[test]
    fn one_woman_stands_for_the_group_only_in_a_warning_and_never_as_a_victim() {
        assert_eq!(
            hints(
                "Oh great, a woman driving the bus. Update your wills.",
                "woman"
            ),
            vec!["a warning that the group is a danger"]
        );
        assert!(
            hints(
                "A woman was mugged at the station. Lock your doors tonight.",
                "woman"
            )
            .is_empty()
        );
    }

    #[test]
    fn a_precaution_answers_a_group_member_met_and_not_one_praised() {
        let wary = "a precaution taken against the group, as if against a danger";
        assert_eq!(
            hints("Tram full of Roma. Kept a hand on my wallet.", "roma"),
            vec![wary]
        );
        assert_eq!(
            hints("Count your change twice if a Muslim served you.", "muslim"),
            vec![wary]
        );
        assert!(hints("Crossed the road. Later I met some Sikhs.", "sikhs").is_empty());
        assert!(
            hints(
                "Asked for a different doctor, got a brilliant Polish GP.",
                "polish"
            )
            .is_empty()
        );
    }

    #[test]
    fn an_exception_is_made_of_a_member_named_before_it() {
        assert_eq!(
            hints("Our GP is a woman but one of the good ones.", "woman"),
            vec!["one member praised as an exception to the group"]
        );
        assert!(hints("One of the good ones, that woman.", "woman").is_empty());
        assert!(hints("The 'one of the good ones' woman line is racist.", "woman").is_empty());
    }

    #[test]
    fn a_place_won_only_because_of_the_group_is_undeserved() {
        assert_eq!(
            hints("She only got promoted because she's a woman.", "woman"),
            vec!["a group member said not to have earned their place"]
        );
        assert!(hints("She got promoted, and not because she's a woman.", "woman").is_empty());
        assert!(hints("He was beaten up just because he's a woman.", "woman").is_empty());
    }

    #[test]
    fn stems_match_only_on_most_of_the_shorter_word() {
        assert!(same_stem("migrants", "migrant"));
        assert!(same_stem("immigrants", "immigrate"));
        assert!(!same_stem("travellers", "trap"));
        assert!(!same_stem("jews", "jewel"));
    }
}
