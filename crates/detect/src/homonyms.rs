//! Slurs that are also ordinary English words, with the words that show the ordinary sense
//! when they stand in the same sentence (read by the `CTX_HOMONYM` context detector).
//!
//! Each entry is two space-separated word lists: the slur's forms as the lexicon finds them,
//! then the cues. A cue is chosen so that it rarely stands next to the slur in hateful use:
//! fire is not a cue for "faggots" (burning them is the threat, not the kindling), "dogs" is
//! not a cue for "bitches" or "coons" (the comparison is the insult), and "door" is not a cue
//! for "chink" ("one moved in next door"). Fixed harmless phrases ("spick and span", "tinker
//! with") live in the lexicon as `LEX_BENIGN` instead, which hides the word outright.

/// `(forms, cues)`, both space-separated.
pub(crate) const HOMONYMS: &[(&str, &str)] = &[
    (
        "dyke dykes dike dikes",
        "water flood floods flooding sea seas tide tides wall walls ditch ditches drain drains \
         drainage devil's devils offa's offas dutch netherlands holland river rivers canal canals \
         embankment levee bank banks burst breach breached fens fen marsh walk walked walking \
         path footpath hike field fields farm farmer sheep cows mud muddy bikes engineering \
         engineers dam dams storm rain boy finger",
    ),
    // A "tranny" is also a car's gearbox in British slang.
    (
        "tranny trannies trannys",
        "car van gearbox gearboxes clutch gears fluid mechanic garage engine transmission \
         rebuild rebuilt rebuilding transit radio radios transistor",
    ),
    (
        "faggot faggots",
        "peas gravy mash onion onions recipe recipes butcher butcher's pork liver oven dinner \
         tea lunch supper meatball meatballs cook cooked cooking bake baked mr brains frozen freezer tin \
         chips eat ate delicious tasty sticks stick bundle bundles firewood kindling twigs \
         brushwood wood hedging thatch traditional dish",
    ),
    // Camel racing has (now robot) jockeys; only the two-word slur reaches here.
    (
        "jockey jockeys",
        "race races racing racecourse robot robots weigh weighs weight camels track sport derby \
         dubai qatar saddle whip festival",
    ),
    // A pitch thrown at the batter's head.
    (
        "beaner beaners",
        "pitch pitches pitcher pitched batter batters threw thrown inning innings baseball \
         umpire ejected mound helmet beanball fastball",
    ),
    // A back boiler behind a stove or fire that heats the water.
    (
        "wetback wetbacks",
        "boiler stove range heats heating heated hot water fireplace cylinder plumbing \
         plumber radiator radiators aga rayburn woodburner",
    ),
    // The Russian martial art.
    (
        "sambo",
        "classes class judo wrestling martial grappling throws throw mma belt training gym \
         russian combat club coach tournament",
    ),
    // Muzzy: muddled or drowsy.
    (
        "muzzy",
        "headed head tablets flu cold tired woke hangover hungover sleepy medicine pills drowsy \
         morning feel feeling",
    ),
    // British slang for a cigarette.
    (
        "fag fags",
        "smoke smokes smoking smoked smoker smokers lighter lighters ashtray cigarette cigarettes \
         cig cigs ciggie ciggies ciggy tobacco baccy rollie rollies roll-up nicotine puff quit \
         quitting vape vaping filter filters stub menthol lungs cough gasping packet newsagent \
         offie tenner fiver",
    ),
    // A drinking spree, or a tool for bending pipe.
    (
        "bender benders",
        "drink drinks drinking drunk booze boozy boozing pub pubs beer beers pint pints hangover \
         hungover vodka whisky whiskey gin cider lager stag binge sober sobered pipe pipes \
         conduit plumber plumbing",
    ),
    // A gap that lets light through; the sound of glasses or coins.
    (
        "chink chinks",
        "light sunlight daylight moonlight curtain curtains blind blinds armour armor gap gaps \
         shutters cloud clouds hope glasses glass coins crack cracks opening",
    ),
    // The North American animal (raccoon), Maine Coon cats, Australian Coon cheese.
    (
        "coon coons",
        "raccoon raccoons racoon racoons maine cheese cheddar hound hounds coonhound cat cats \
         kitten kittens possum possums squirrel squirrels bins trash tail",
    ),
    // The knacker's yard (horse slaughter); British slang for testicles.
    (
        "knacker knackers knacker's",
        "yard horse horses glue kicked kick kneed tired exhausted",
    ),
    // To tinker: to fiddle with machinery.
    (
        "tinker tinkers",
        "engine engines radio radios code settings gadget gadgets clock clocks motorbike \
         bicycle bell tailor soldier",
    ),
    // Pansies are garden flowers.
    (
        "pansy pansies",
        "flower flowers garden gardens gardening plant plants planted planting seed seeds bloom \
         blooms blooming pot pots bed beds border borders violas petals winter spring bulbs \
         hanging basket baskets compost nursery",
    ),
    // GIMP is an image editor; gimp is also a braided trim.
    (
        "gimp gimps",
        "image images photo photos editor editing software photoshop layers plugin linux open \
         source braid braiding trim thread lanyard",
    ),
    // Fairy lights, the tooth fairy, folk tales.
    (
        "fairies",
        "tooth lights tale tales wings wand magic dust cakes folklore pixies elves goblins \
         gnomes stories story glen garden christmas tinkerbell woods forest pantomime panto \
         midsummer",
    ),
    // "Poof, it vanished"; a pouffe (footstool).
    (
        "poof poofs",
        "vanished vanish vanishes disappeared disappear disappears gone magic magician pouffe \
         footstool furniture puff",
    ),
    // The garden tool.
    (
        "hoes",
        "garden gardening gardener allotment allotments weed weeds weeding rake rakes spade \
         spades shed tools soil trowel trowels plot vegetable vegetables",
    ),
    // The waste of smelting and mining.
    (
        "slags",
        "heap heaps steel iron furnace furnaces smelting smelter mine mines mining colliery coal \
         tip tips cement blast ore metal",
    ),
    // Laundry.
    (
        "coloureds",
        "wash washing washed laundry whites darks machine load separately detergent clothes \
         socks bleach dye cycle degrees tumble fade faded",
    ),
    // A female dog. "dogs" is not a cue: the comparison is the insult.
    (
        "bitches",
        "puppy puppies pups litter litters breeder breeders kennel kennels whelp whelping \
         whelped spayed spay greyhound greyhounds pedigree stud crufts vet",
    ),
    // Human species and homogenised milk.
    (
        "homo homos",
        "milk sapiens erectus habilis neanderthalensis floresiensis naledi species genus fossil \
         fossils ancestor ancestors hominid hominids evolution",
    ),
    // The medical sense (spastic cerebral palsy, spastic colon).
    (
        "spastic spastics",
        "cerebral palsy paraplegia diplegia quadriplegia hemiplegia colon muscle muscles \
         spasticity dysphonia society hospital diagnosis diagnosed medical condition clinic \
         physio physiotherapy limb limbs gait",
    ),
    // To slow down: "retard the ignition", "retards the growth".
    (
        "retard retards retarded",
        "flame flames fire growth ignition timing spark rate reaction corrosion rust decay \
         ripening germination engine progress",
    ),
    // To damage badly: "strikes will cripple the economy".
    (
        "cripple cripples",
        "economy economies sanctions strike strikes debt debts costs industry supply network \
         networks infrastructure business businesses finances budget prices inflation tariffs \
         firms sector grid",
    ),
];

/// The cue list of the homonym entry that lists `word` as a form, with the entry's index.
pub(crate) fn cues_of(word: &str) -> Option<(usize, &'static str)> {
    HOMONYMS
        .iter()
        .enumerate()
        .find(|(_, (forms, _))| forms.split_ascii_whitespace().any(|f| f == word))
        .map(|(i, (_, cues))| (i, *cues))
}

/// Whether `word` is one of the space-separated `cues`.
pub(crate) fn is_cue(cues: &str, word: &str) -> bool {
    cues.split_ascii_whitespace().any(|c| c == word)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_form_belongs_to_one_entry_and_is_not_its_own_cue() {
        let mut seen = std::collections::HashSet::new();
        for (forms, cues) in HOMONYMS {
            for form in forms.split_ascii_whitespace() {
                assert!(seen.insert(form), "{form} is listed twice");
                assert!(!is_cue(cues, form), "{form} is its own cue");
            }
            assert!(
                cues.split_ascii_whitespace().count() >= 5,
                "{forms}: too few cues"
            );
        }
    }

    #[test]
    fn lookup_finds_the_entry_by_any_form() {
        let (i, cues) = cues_of("chinks").expect("listed");
        assert_eq!(cues_of("chink").map(|(j, _)| j), Some(i));
        assert!(is_cue(cues, "light"));
        assert!(!is_cue(cues, "door"));
        assert!(cues_of("vermin").is_none());
    }
}
