// Generated from org.sitrep.wire.WireTypes by `mvn -B -q -pl wire -am test -Dsitrep.regenerate=true` (wire/src/test/java/org/sitrep/schema/ClientGenerator.java): do not edit.

/** A report's id. A token of 1 to 128 letters, digits or . _ : ~ -, starting with a letter or digit; case-sensitive. Ids are unique within a report across all kinds, and every reference resolves within the report (rules the schema cannot express). */
export type ReportId = string;

/** The version of the Sitrep schema the report follows, MAJOR.MINOR. This schema reads major version 1: any 1.y, including newer minor versions; a document of another major version is refused. */
export type SchemaVersion = string;

/** Free text: never blank, and never padded (readers refuse it, they do not trim it). It neither starts nor ends with white space (as Java's Character.isWhitespace defines it: ASCII spaces and controls, and Unicode space, line and paragraph separators other than the no-break spaces), holds no control character (U+0000-U+001F, U+007F-U+009F) but line feeds and tabs, and no unpaired surrogate (\ud800 alone is not Unicode text and cannot be encoded as UTF-8; with the Unicode flag of ECMA-262, as Ajv uses it, a character class matches a surrogate pair as one character beyond U+FFFF). */
export type Text = string;

/** An absolute http or https URL with a host: "https://pic.twitter.com/0yC7aX1orB". Either an RFC 3986 URI (ASCII), or, as the Java side reads and writes them, an IRI whose path, query or fragment holds non-ASCII characters unencoded: "https://uk.wikipedia.org/wiki/Київ" (the host stays ASCII). */
export type HttpUrl = string;

/** An RFC 3339 / ISO-8601 date and time with its UTC offset, kept as given, in the form Sitrep writes: seconds always, a fraction of 1 to 9 digits only when there is one, upper-case T and Z, an offset within ±18:00 and never -00:00: "2023-09-07T06:30:00+03:00", "2023-09-07T03:30:00Z". Years 0000 to 9999. */
export type DateTime = string;

/** An ISO-8601 calendar date, yyyy-mm-dd, checked (no 30 February): "2023-09-07". Years 0000 to 9999. */
export type Date = string;

/** A well-formed BCP 47 language tag (RFC 5646) that names a language: "en-GB", "ru-Latn", "uk-Cyrl"; not "und" (undetermined) nor a private-use tag alone ("x-abc"). Java also refuses a tag that repeats a variant or an extension singleton. */
export type LanguageTag = string;

/** An incident's id, unique within its report. A token of 1 to 128 letters, digits or . _ : ~ -, starting with a letter or digit; case-sensitive. Ids are unique within a report across all kinds, and every reference resolves within the report (rules the schema cannot express). */
export type IncidentId = string;

/** A name for a real-world thing (an incident, a casualty figure) that stays the same across reports: a URI with a scheme, 3 to 256 characters of those URIs allow, no white space: "urn:acled:UKR123456", "tag:example.org,2023:incident/1". Case-sensitive. */
export type GlobalId = string;

/** A claim's id, unique within its report. A token of 1 to 128 letters, digits or . _ : ~ -, starting with a letter or digit; case-sensitive. Ids are unique within a report across all kinds, and every reference resolves within the report (rules the schema cannot express). */
export type ClaimId = string;

/** A casualty figure's id, unique within its report. A token of 1 to 128 letters, digits or . _ : ~ -, starting with a letter or digit; case-sensitive. Ids are unique within a report across all kinds, and every reference resolves within the report (rules the schema cannot express). */
export type CasualtyId = string;

/** An aid package's id, unique within its report. A token of 1 to 128 letters, digits or . _ : ~ -, starting with a letter or digit; case-sensitive. Ids are unique within a report across all kinds, and every reference resolves within the report (rules the schema cannot express). */
export type AidPackageId = string;

/** An embedded post's id, unique within its report. A token of 1 to 128 letters, digits or . _ : ~ -, starting with a letter or digit; case-sensitive. Ids are unique within a report across all kinds, and every reference resolves within the report (rules the schema cannot express). */
export type PostId = string;

/** An ISO 3166-1 alpha-2 country code, upper case: "UA", "RU". Java also checks that the code is assigned. */
export type CountryCode = string;

/** A whole number of at least zero that fits a signed 64-bit integer. Write it as a JSON integer: the Java reader refuses a fraction, an exponent or a string, although JSON Schema counts 1.0 as an integer. */
export type Count = number;

/** A clock time with its UTC offset, as Sitrep writes it: hours, minutes and seconds, then Z or an offset within ±18:00: "04:30:00+03:00". */
export type ClockTime = string;

/** A money amount as a JSON string holding a plain decimal, never a JSON number: "175000000", "12.50". No exponent, no '+', no leading zeros, at most 100 characters; not negative ("-0" is zero). Trailing zeros of the fraction are kept. */
export type DecimalAmount = string;

/** An ISO 4217 currency code, upper case: "USD". Java also checks that the currency exists. */
export type CurrencyCode = string;

/** An account handle: "@maria_drutska"; not empty, no white space. */
export type Handle = string;

/** An ISO 3166-2 subdivision code: a country code, a hyphen, 1 to 3 letters or digits: "UA-14", "RU-MOS". */
export type SubdivisionCode = string;

/** Degrees north of the equator, WGS84, -90 to 90. */
export type Latitude = number;

/** Degrees east of Greenwich, WGS84, -180 to 180. */
export type Longitude = number;

/** An id in a gazetteer; its format depends on the scheme (see GazetteerRef). */
export type GazetteerId = string;

/** A row's id in its dataset: ACLED's event_id_cnty ("UKR123456"), UCDP GED's id ("487361"). 1 to 128 characters without white space or control characters. */
export type DatasetRecordId = string;

/** A digest in lower-case hexadecimal, of its algorithm's length (see ContentHash). */
export type HexDigest = string;

/** A probability from 0 to 1, as a JSON number. */
export type Probability = number;

/** A confidence score, as STIX 2.1's: a whole number from 0 (none) to 100. Write it as a JSON integer. */
export type ConfidenceScore = number;

/** An SPDX licence id or LicenseRef: "CC-BY-4.0". 1 to 64 letters, digits, '.', '-' or '+', starting with a letter or digit; not checked against the SPDX list. */
export type SpdxId = string;

/** A Traffic Light Protocol 2.0 marking: who a report or record may be shared with. As STIX 2.1's TLP marking definitions and FIRST's standard define them; the wire codes are clear, green, amber, amber_strict and red. A closed vocabulary: the library carries the marking and never enforces it. A closed vocabulary: any other value is refused, in both modes. Values: 'clear': TLP:CLEAR: may be shared without restriction; 'green': TLP:GREEN: may be shared within the community, not published; 'amber': TLP:AMBER: may be shared within the recipient's organisation and its clients, as needed; 'amber_strict': TLP:AMBER+STRICT: may be shared within the recipient's organisation only; 'red': TLP:RED: for the named recipients only. */
export type TlpCode = "clear" | "green" | "amber" | "amber_strict" | "red";

/** Tlp: one of the known codes (a closed vocabulary). */
export type Tlp = TlpCode;

/** The known codes of Tlp, in the definition's order. */
export const TLP_CODES: readonly TlpCode[] = ["clear", "green", "amber", "amber_strict", "red"];

/** What kind of event an Incident is, with its mapping to ACLED's event taxonomy, both ways. An open vocabulary: the codes below are known in schema 1.0; a tolerant reader also accepts and keeps any other code (1 to 64 lower-case letters, digits or underscores, starting with a letter). Known codes: 'drone_attack': A drone that reached its target or exploded: "Several other drones also struck"; 'drone_intercepted': A drone shot down, jammed or otherwise stopped: "one drone was downed over Ramenskoye"; 'missile_strike': A missile that reached its target: "a Russian missile on a market"; 'missile_intercepted': A missile shot down before reaching its target; 'air_strike': A strike by crewed aircraft; 'shelling': Artillery, mortar or rocket fire; 'explosive_device': A planted or improvised explosive device, or a mine; 'explosion': An explosion whose cause is not reported: "three explosions took place in the city". ACLED sub-event type depends on the cause, so it is absent; 'fire': A fire: "a vehicle caught fire". ACLED codes fires of unclear cause as "Other"; 'armed_clash': Armed clash between organised armed groups; 'non_violent_territory_transfer': Control of a place passing without a battle: Rostov-on-Don taken during Prigozhin's failed mutiny in June 2023; 'air_or_drone_strike': A drone or an aircraft strike, as ACLED's "Air/drone strike" codes both; 'shelling_or_missile_attack': Artillery, rocket or missile fire, as ACLED's "Shelling/artillery/missile attack" codes it; 'disrupted_weapons_use': A weapon stopped before it struck, whatever it was: ACLED's "Disrupted weapons use"; 'unidentified_aerial_object_downed': "An unidentified aerial object was shot down": neither a drone nor a missile is named; 'chemical_weapon': A chemical weapon used; 'suicide_bomb': A suicide bombing; 'grenade': A grenade thrown or dropped; 'government_regains_territory': A government or its forces retaking a place by force; 'non_state_actor_overtakes_territory': A non-state armed group taking a place by force; 'sexual_violence': Sexual violence against civilians; 'attack_on_civilians': Civilians attacked directly: shot, beaten, killed, not by remote means; 'abduction': Civilians abducted or made to disappear; 'peaceful_protest': A peaceful protest; 'protest_with_intervention': A protest that the authorities broke up or tried to, without excessive force; 'excessive_force_against_protesters': Protesters met with lethal or excessive force; 'violent_demonstration': A demonstration turned violent; 'mob_violence': Mob violence; 'agreement': An agreement: a ceasefire, a prisoner exchange, a peace deal; 'arrests': Arrests by state forces; 'change_to_group_activity': A group changing its name, leadership, alliance or activity; 'base_established': A headquarters or base established; 'looting_or_property_destruction': Looting or destruction of property; 'other': A strategic development of no other kind: ACLED's "Other"; 'unknown': An event whose kind the report does not say. No ACLED mapping. */
export type IncidentTypeCode = "drone_attack" | "drone_intercepted" | "missile_strike" | "missile_intercepted" | "air_strike" | "shelling" | "explosive_device" | "explosion" | "fire" | "armed_clash" | "non_violent_territory_transfer" | "air_or_drone_strike" | "shelling_or_missile_attack" | "disrupted_weapons_use" | "unidentified_aerial_object_downed" | "chemical_weapon" | "suicide_bomb" | "grenade" | "government_regains_territory" | "non_state_actor_overtakes_territory" | "sexual_violence" | "attack_on_civilians" | "abduction" | "peaceful_protest" | "protest_with_intervention" | "excessive_force_against_protesters" | "violent_demonstration" | "mob_violence" | "agreement" | "arrests" | "change_to_group_activity" | "base_established" | "looting_or_property_destruction" | "other" | "unknown";

/** IncidentType: a known code, or (an open vocabulary) any other code. */
export type IncidentType = IncidentTypeCode | (string & {});

/** The known codes of IncidentType, in the definition's order. */
export const INCIDENT_TYPE_CODES: readonly IncidentTypeCode[] = ["drone_attack", "drone_intercepted", "missile_strike", "missile_intercepted", "air_strike", "shelling", "explosive_device", "explosion", "fire", "armed_clash", "non_violent_territory_transfer", "air_or_drone_strike", "shelling_or_missile_attack", "disrupted_weapons_use", "unidentified_aerial_object_downed", "chemical_weapon", "suicide_bomb", "grenade", "government_regains_territory", "non_state_actor_overtakes_territory", "sexual_violence", "attack_on_civilians", "abduction", "peaceful_protest", "protest_with_intervention", "excessive_force_against_protesters", "violent_demonstration", "mob_violence", "agreement", "arrests", "change_to_group_activity", "base_established", "looting_or_property_destruction", "other", "unknown"];

/** The means or weapon used in an incident: drone, missile, artillery. An open vocabulary: the codes below are known in schema 1.0; a tolerant reader also accepts and keeps any other code (1 to 64 lower-case letters, digits or underscores, starting with a letter). Known codes: 'drone': An uncrewed aerial vehicle, including loitering munitions: "Ukrainian drones"; 'missile': A guided missile, cruise or ballistic: "a Russian missile"; 'rocket': An unguided or multiple-launch rocket; 'artillery': Tube artillery and mortars: shelling; 'aircraft': A crewed aircraft: air strikes, glide bombs; 'explosive_device': A planted or improvised explosive device, a mine; 'small_arms': Small arms and light weapons; 'armoured_vehicle': Tanks and other armoured vehicles; 'naval_vessel': A ship or an uncrewed surface vessel; 'arson': Fire set on purpose; 'unknown': Not reported; 'fixed_wing_drone': A fixed-wing uncrewed aircraft: long-range attack drones; 'fpv_drone': A first-person-view drone: a small, piloted attack drone; 'loitering_munition': A loitering munition: a drone that is itself the warhead, "Shahed", "Lancet"; 'cruise_missile': A cruise missile: "four cruise missiles"; 'ballistic_missile': A ballistic missile; 'glide_bomb': A guided or glide bomb dropped from an aircraft. */
export type MeansCode = "drone" | "missile" | "rocket" | "artillery" | "aircraft" | "explosive_device" | "small_arms" | "armoured_vehicle" | "naval_vessel" | "arson" | "unknown" | "fixed_wing_drone" | "fpv_drone" | "loitering_munition" | "cruise_missile" | "ballistic_missile" | "glide_bomb";

/** Means: a known code, or (an open vocabulary) any other code. */
export type Means = MeansCode | (string & {});

/** The known codes of Means, in the definition's order. */
export const MEANS_CODES: readonly MeansCode[] = ["drone", "missile", "rocket", "artillery", "aircraft", "explosive_device", "small_arms", "armoured_vehicle", "naval_vessel", "arson", "unknown", "fixed_wing_drone", "fpv_drone", "loitering_munition", "cruise_missile", "ballistic_missile", "glide_bomb"];

/** What happened to the attack itself, independent of the incident type: intercepted or impact. An open vocabulary: the codes below are known in schema 1.0; a tolerant reader also accepts and keeps any other code (1 to 64 lower-case letters, digits or underscores, starting with a letter). Known codes: 'intercepted': Shot down, jammed or otherwise stopped before reaching its target: "drones were shot down"; 'partially_intercepted': Some of several projectiles intercepted, others reached their targets; 'impact': Reached a target or the ground and exploded or struck: "struck a residential building"; 'unknown': Not reported, or not yet known: "a large explosion". */
export type IncidentOutcomeCode = "intercepted" | "partially_intercepted" | "impact" | "unknown";

/** IncidentOutcome: a known code, or (an open vocabulary) any other code. */
export type IncidentOutcome = IncidentOutcomeCode | (string & {});

/** The known codes of IncidentOutcome, in the definition's order. */
export const INCIDENT_OUTCOME_CODES: readonly IncidentOutcomeCode[] = ["intercepted", "partially_intercepted", "impact", "unknown"];

/** The kind of organised violence an Incident belongs to, as UCDP GED's type_of_violence codes it: between a state and another party, between non-state groups, or against civilians by an organised actor. A closed vocabulary: any other value is refused, in both modes. Values: 'state_based': UCDP 1: armed conflict in which at least one party is a government of a state; 'non_state': UCDP 2: armed conflict between organised groups, none of them a government; 'one_sided': UCDP 3: an organised actor, a government or a group, against civilians. */
export type ViolenceTypeCode = "state_based" | "non_state" | "one_sided";

/** ViolenceType: one of the known codes (a closed vocabulary). */
export type ViolenceType = ViolenceTypeCode;

/** The known codes of ViolenceType, in the definition's order. */
export const VIOLENCE_TYPE_CODES: readonly ViolenceTypeCode[] = ["state_based", "non_state", "one_sided"];

/** What kind of statement a Claim is. An open vocabulary: the codes below are known in schema 1.0; a tolerant reader also accepts and keeps any other code (1 to 64 lower-case letters, digits or underscores, starting with a letter). Known codes: 'factual_assertion': A statement that something happened: "drones were shot down over Bryansk"; 'casualty_figure': A count of people killed, injured, missing or captured; 'attribution': A statement of who is responsible: "a Russian missile", "Ukrainian drones"; 'denial': A statement that something did not happen, or that the speaker was not responsible; 'condemnation': A condemnation of an act: "This Russian evil must be defeated"; 'opinion': A view, forecast or assessment: "the death toll could increase"; 'announcement': A statement of intent or decision: "the US has announced it will send"; 'confirmation': A statement that another claim is true: "the ministry confirmed the toll"; 'dispute': A statement that contests another claim without denying it outright. */
export type ClaimKindCode = "factual_assertion" | "casualty_figure" | "attribution" | "denial" | "condemnation" | "opinion" | "announcement" | "confirmation" | "dispute";

/** ClaimKind: a known code, or (an open vocabulary) any other code. */
export type ClaimKind = ClaimKindCode | (string & {});

/** The known codes of ClaimKind, in the definition's order. */
export const CLAIM_KIND_CODES: readonly ClaimKindCode[] = ["factual_assertion", "casualty_figure", "attribution", "denial", "condemnation", "opinion", "announcement", "confirmation", "dispute"];

/** Where a Claim stands with respect to verification, as reported or as assessed by the recorder. A closed vocabulary: any other value is refused, in both modes. Values: 'unverified': Not verified or reported as unconfirmed: "While unconfirmed, local media reported"; 'confirmed': Confirmed by an independent source; 'disputed': Contested by another source, without outright denial; 'denied': Denied by a party to it; 'false': Shown to be false. */
export type VerificationStatusCode = "unverified" | "confirmed" | "disputed" | "denied" | "false";

/** VerificationStatus: one of the known codes (a closed vocabulary). */
export type VerificationStatus = VerificationStatusCode;

/** The known codes of VerificationStatus, in the definition's order. */
export const VERIFICATION_STATUS_CODES: readonly VerificationStatusCode[] = ["unverified", "confirmed", "disputed", "denied", "false"];

/** What a statement can be explicitly silent on: a Claim's silent_on. An open vocabulary: the codes below are known in schema 1.0; a tolerant reader also accepts and keeps any other code (1 to 64 lower-case letters, digits or underscores, starting with a letter). Known codes: 'casualties': Whether anyone was killed, injured, missing or captured; 'damage': What was damaged; 'perpetrator': Who carried it out; 'location': Where it happened; 'means': The weapons used. */
export type ClaimTopicCode = "casualties" | "damage" | "perpetrator" | "location" | "means";

/** ClaimTopic: a known code, or (an open vocabulary) any other code. */
export type ClaimTopic = ClaimTopicCode | (string & {});

/** The known codes of ClaimTopic, in the definition's order. */
export const CLAIM_TOPIC_CODES: readonly ClaimTopicCode[] = ["casualties", "damage", "perpetrator", "location", "means"];

/** What kind of support an AidPackage is, as the Kiel Ukraine Support Tracker splits it. An open vocabulary: the codes below are known in schema 1.0; a tolerant reader also accepts and keeps any other code (1 to 64 lower-case letters, digits or underscores, starting with a letter). Known codes: 'military': Weapons, ammunition, equipment, training; 'humanitarian': Food, shelter, medical and other relief; 'financial': Grants, loans, guarantees and budget support. */
export type AidCategoryCode = "military" | "humanitarian" | "financial";

/** AidCategory: a known code, or (an open vocabulary) any other code. */
export type AidCategory = AidCategoryCode | (string & {});

/** The known codes of AidCategory, in the definition's order. */
export const AID_CATEGORY_CODES: readonly AidCategoryCode[] = ["military", "humanitarian", "financial"];

/** How far along an AidPackage is, in the stages the trackers of aid tell apart. An open vocabulary: the codes below are known in schema 1.0; a tolerant reader also accepts and keeps any other code (1 to 64 lower-case letters, digits or underscores, starting with a letter). Known codes: 'announced': Said publicly, not yet formally pledged or committed: "has announced it will send"; 'pledged': Promised formally but not yet binding: a pledge at a donors' conference (IATI 12); 'committed': Formally decided or contracted: "Britain's decision to send" (Kiel commitment, IATI 2); 'allocated': Earmarked for delivery, delivered or not yet: the Kiel tracker's allocation; 'disbursed': Money paid out to the recipient (IATI 3 Disbursement; a Kiel allocation); 'delivered': Goods handed over (a Kiel allocation); 'expended': Money spent on goods and services for the recipient (IATI 4 Expenditure). */
export type AidStageCode = "announced" | "pledged" | "committed" | "allocated" | "disbursed" | "delivered" | "expended";

/** AidStage: a known code, or (an open vocabulary) any other code. */
export type AidStage = AidStageCode | (string & {});

/** The known codes of AidStage, in the definition's order. */
export const AID_STAGE_CODES: readonly AidStageCode[] = ["announced", "pledged", "committed", "allocated", "disbursed", "delivered", "expended"];

/** How precisely a Location is known: the exact site, near a place, the town, a district, a region or only the country. A closed vocabulary: any other value is refused, in both modes. Values: 'exact_site': The exact site is known: a building, a coordinate; 'town': A town or city: "over the town of Ramenskoye"; 'near': Near a named place: "near the headquarters", "nearby"; 'district': A second-level administrative area: a district, a raion; 'region': A first-level administrative area: "the Moscow region", "Zaporizhzhia region"; 'area': A part of a country that is no administrative area: "eastern Ukraine", "along the front line", "in the Donbas"; 'country': Only the country: "across Russia"; 'international': Outside any country: "over the Black Sea", "in international airspace". A location of this precision has no country and no administrative area. */
export type GeoPrecisionCode = "exact_site" | "town" | "near" | "district" | "region" | "area" | "country" | "international";

/** GeoPrecision: one of the known codes (a closed vocabulary). */
export type GeoPrecision = GeoPrecisionCode;

/** The known codes of GeoPrecision, in the definition's order. */
export const GEO_PRECISION_CODES: readonly GeoPrecisionCode[] = ["exact_site", "town", "near", "district", "region", "area", "country", "international"];

/** What happened to the people counted in a Casualty figure. An open vocabulary: the codes below are known in schema 1.0; a tolerant reader also accepts and keeps any other code (1 to 64 lower-case letters, digits or underscores, starting with a letter). Known codes: 'killed': Killed: "up to 17 people were killed"; 'injured': Injured or wounded: "leaving one person injured"; 'killed_or_injured': Casualties not split into killed and injured: "no casualties"; 'missing': Missing; 'captured': Captured, detained or taken prisoner. */
export type CasualtyOutcomeCode = "killed" | "injured" | "killed_or_injured" | "missing" | "captured";

/** CasualtyOutcome: a known code, or (an open vocabulary) any other code. */
export type CasualtyOutcome = CasualtyOutcomeCode | (string & {});

/** The known codes of CasualtyOutcome, in the definition's order. */
export const CASUALTY_OUTCOME_CODES: readonly CasualtyOutcomeCode[] = ["killed", "injured", "killed_or_injured", "missing", "captured"];

/** Who the people counted in a Casualty figure were. An open vocabulary: the codes below are known in schema 1.0; a tolerant reader also accepts and keeps any other code (1 to 64 lower-case letters, digits or underscores, starting with a letter). Known codes: 'civilian': Civilians; 'military': Members of armed forces or armed groups; 'mixed': Both civilians and combatants, not split; 'unknown': Not reported: "one person injured". */
export type PopulationGroupCode = "civilian" | "military" | "mixed" | "unknown";

/** PopulationGroup: a known code, or (an open vocabulary) any other code. */
export type PopulationGroup = PopulationGroupCode | (string & {});

/** The known codes of PopulationGroup, in the definition's order. */
export const POPULATION_GROUP_CODES: readonly PopulationGroupCode[] = ["civilian", "military", "mixed", "unknown"];

/** Which side of an event's two sides a Party is on, as the datasets code them: UCDP GED's side_a and side_b (in state-based violence side A is a government), ACLED's actor1 and actor2 (and their associated actors) with no direction implied. A closed vocabulary: any other value is refused, in both modes. Values: 'side_a': UCDP's side_a; ACLED's actor1 and assoc_actor_1; 'side_b': UCDP's side_b; ACLED's actor2 and assoc_actor_2. */
export type DyadSideCode = "side_a" | "side_b";

/** DyadSide: one of the known codes (a closed vocabulary). */
export type DyadSide = DyadSideCode;

/** The known codes of DyadSide, in the definition's order. */
export const DYAD_SIDE_CODES: readonly DyadSideCode[] = ["side_a", "side_b"];

/** The condition or severity of the people counted by a Casualty figure (condition), as reported. An open vocabulary: the codes below are known in schema 1.0; a tolerant reader also accepts and keeps any other code (1 to 64 lower-case letters, digits or underscores, starting with a letter). Known codes: 'minor': Light or minor injuries: "lightly wounded", "treated at the scene"; 'moderate': Moderate injuries: "of moderate severity"; 'serious': Serious or severe injuries: "seriously injured"; 'critical': In a critical or life-threatening condition; 'hospitalised': Taken to or kept in hospital, severity not said; 'died_of_wounds': Died of wounds, later or in hospital: the condition of some of a killed figure. */
export type CasualtyConditionCode = "minor" | "moderate" | "serious" | "critical" | "hospitalised" | "died_of_wounds";

/** CasualtyCondition: a known code, or (an open vocabulary) any other code. */
export type CasualtyCondition = CasualtyConditionCode | (string & {});

/** The known codes of CasualtyCondition, in the definition's order. */
export const CASUALTY_CONDITION_CODES: readonly CasualtyConditionCode[] = ["minor", "moderate", "serious", "critical", "hospitalised", "died_of_wounds"];

/** What caused the harm counted by a Casualty figure (causes), as reported: the blast, fragments, debris, glass, fire. An open vocabulary: the codes below are known in schema 1.0; a tolerant reader also accepts and keeps any other code (1 to 64 lower-case letters, digits or underscores, starting with a letter). Known codes: 'blast': The blast wave of an explosion; 'fragments': Fragments or shrapnel of a munition; 'debris': Falling debris: of a downed drone or missile, of a building; 'glass': Broken glass: "windows were blown out"; 'fire': Fire and burns; 'building_collapse': A building or structure collapsing on people; 'gunfire': Small arms or heavy machine-gun fire. */
export type InjuryCauseCode = "blast" | "fragments" | "debris" | "glass" | "fire" | "building_collapse" | "gunfire";

/** InjuryCause: a known code, or (an open vocabulary) any other code. */
export type InjuryCause = InjuryCauseCode | (string & {});

/** The known codes of InjuryCause, in the definition's order. */
export const INJURY_CAUSE_CODES: readonly InjuryCauseCode[] = ["blast", "fragments", "debris", "glass", "fire", "building_collapse", "gunfire"];

/** How a reported count or amount is bounded: the words around the number. A closed vocabulary: any other value is refused, in both modes. Values: 'exact': The number as stated, with no hedge: "two drones", "no casualties". Low = best = high; 'at_least': A floor that may be met: "at least 3 explosions". Low is required, high is absent; 'more_than': A floor that is exceeded: "over two dozen drones", "more than 20". Low is the number as said (24), which the count is above; high is absent; a best figure, if given, is above low; 'at_most': A ceiling that may be met: "up to 17 people", "at most". High is required, low is absent; 'fewer_than': A ceiling that is not reached: "fewer than 10", "under a dozen". High is the number as said (12), which the count is below; low is absent; a best figure, if given, is below high; 'approximately': A round or hedged figure: "about 20", "around 200", "dozens". Best is required; 'range': Both bounds given: "between 10 and 15". Low and high are required; 'unspecified': A word rather than a number: "several", "multiple", "many". The phrase is required. */
export type EstimateQualifierCode = "exact" | "at_least" | "more_than" | "at_most" | "fewer_than" | "approximately" | "range" | "unspecified";

/** EstimateQualifier: one of the known codes (a closed vocabulary). */
export type EstimateQualifier = EstimateQualifierCode;

/** The known codes of EstimateQualifier, in the definition's order. */
export const ESTIMATE_QUALIFIER_CODES: readonly EstimateQualifierCode[] = ["exact", "at_least", "more_than", "at_most", "fewer_than", "approximately", "range", "unspecified"];

/** How precisely a ReportedTime is known: the span the report's words allow. A closed vocabulary: any other value is refused, in both modes. Values: 'exact_time': A moment to the minute or better: "at 03:40 local time"; 'approximate_time': A clock time given roughly: "around 21:15", "shortly after 04:30 local time". The instant is the time as said, not a bound; 'part_of_day': Part of a day or a night, which may span midnight: "overnight", "on Wednesday morning"; 'day': A calendar day: "on Wednesday", "September 7, 2023"; 'few_days': A span of two to six days: "in recent days", "between Monday and Wednesday"; 'week': A span of up to seven days: "last week", "earlier this week"; 'month': A calendar month: "in March"; 'season': A season, up to about three months: "in autumn"; 'year': A year: "in 2023". */
export type TimePrecisionCode = "exact_time" | "approximate_time" | "part_of_day" | "day" | "few_days" | "week" | "month" | "season" | "year";

/** TimePrecision: one of the known codes (a closed vocabulary). */
export type TimePrecision = TimePrecisionCode;

/** The known codes of TimePrecision, in the definition's order. */
export const TIME_PRECISION_CODES: readonly TimePrecisionCode[] = ["exact_time", "approximate_time", "part_of_day", "day", "few_days", "week", "month", "season", "year"];

/** The part of a day a report gives, whatever span of days it gives with it: "on Wednesday morning" is a 'day' with 'morning'; "on a morning in March" a 'month' with 'morning'. A closed vocabulary: any other value is refused, in both modes. Values: 'night': "Overnight", "at night": from the evening of one day into the next; 'early_morning': "Early morning", "at dawn"; 'morning': "In the morning"; 'midday': "At midday", "around noon"; 'afternoon': "In the afternoon"; 'evening': "In the evening". */
export type PartOfDayCode = "night" | "early_morning" | "morning" | "midday" | "afternoon" | "evening";

/** PartOfDay: one of the known codes (a closed vocabulary). */
export type PartOfDay = PartOfDayCode;

/** The known codes of PartOfDay, in the definition's order. */
export const PART_OF_DAY_CODES: readonly PartOfDayCode[] = ["night", "early_morning", "morning", "midday", "afternoon", "evening"];

/** What a relative time was counted from, when the report gives one: "on Tuesday" and "yesterday" are counted from when the report was published; "the day before" and "earlier" from another event of the report. A ReportedTime with an anchor keeps the span the recorder worked out and says where it came from, so it can be checked or worked out again. A closed vocabulary: any other value is refused, in both modes. Values: 'publication': Counted from the report's publication: "on Tuesday", "yesterday", "last week"; 'other_event': Counted from another event the report tells: "the day before", "earlier", "hours later". */
export type TimeAnchorCode = "publication" | "other_event";

/** TimeAnchor: one of the known codes (a closed vocabulary). */
export type TimeAnchor = TimeAnchorCode;

/** The known codes of TimeAnchor, in the definition's order. */
export const TIME_ANCHOR_CODES: readonly TimeAnchorCode[] = ["publication", "other_event"];

/** What kind of actor a source, perpetrator, donor or author is. An open vocabulary: the codes below are known in schema 1.0; a tolerant reader also accepts and keeps any other code (1 to 64 lower-case letters, digits or underscores, starting with a letter). Known codes: 'person': A named individual: "Moscow mayor Sergei Sobyanin"; 'government': A government or one of its offices: "the Kremlin"; 'state': A state as a party: "Russia", "the US"; 'armed_forces': A state's military or one of its units; 'armed_group': A non-state armed group: "Wagner"; 'organisation': Any other organisation: an NGO, a company, an international body; 'media': A news organisation or news agency: "the Interfax news agency", "local media"; 'social_media_account': An account on a social network: "@maria_drutska"; 'unknown': Not identified: "residents", "a source". */
export type ActorKindCode = "person" | "government" | "state" | "armed_forces" | "armed_group" | "organisation" | "media" | "social_media_account" | "unknown";

/** ActorKind: a known code, or (an open vocabulary) any other code. */
export type ActorKind = ActorKindCode | (string & {});

/** The known codes of ActorKind, in the definition's order. */
export const ACTOR_KIND_CODES: readonly ActorKindCode[] = ["person", "government", "state", "armed_forces", "armed_group", "organisation", "media", "social_media_account", "unknown"];

/** How a Claim was made public. An open vocabulary: the codes below are known in schema 1.0; a tolerant reader also accepts and keeps any other code (1 to 64 lower-case letters, digits or underscores, starting with a letter). Known codes: 'statement': An official statement or press release; 'press_conference': Spoken at a press conference or briefing; 'interview': Said in an interview; 'news_agency': Reported by a news agency: "Interfax"; 'media_report': Reported by news media: "local media reported"; 'social_media_post': A post on a social network: a tweet; 'messaging_app': A channel on a messaging app: "on the Telegram messaging app"; 'video': Video footage: "videos on social media"; 'unknown': Not reported. */
export type ChannelKindCode = "statement" | "press_conference" | "interview" | "news_agency" | "media_report" | "social_media_post" | "messaging_app" | "video" | "unknown";

/** ChannelKind: a known code, or (an open vocabulary) any other code. */
export type ChannelKind = ChannelKindCode | (string & {});

/** The known codes of ChannelKind, in the definition's order. */
export const CHANNEL_KIND_CODES: readonly ChannelKindCode[] = ["statement", "press_conference", "interview", "news_agency", "media_report", "social_media_post", "messaging_app", "video", "unknown"];

/** A gazetteer whose ids a Location can carry. An open vocabulary: the codes below are known in schema 1.0; a tolerant reader also accepts and keeps any other code (1 to 64 lower-case letters, digits or underscores, starting with a letter). Known codes: 'geonames': A GeoNames id: digits only; 'pcode': A humanitarian place code (OCHA COD P-code): two letters then digits, e.g. UA1412; 'osm': An OpenStreetMap element, e.g. relation/1234; 'wikidata': A Wikidata item, e.g. Q193499. */
export type GazetteerSchemeCode = "geonames" | "pcode" | "osm" | "wikidata";

/** GazetteerScheme: a known code, or (an open vocabulary) any other code. */
export type GazetteerScheme = GazetteerSchemeCode | (string & {});

/** The known codes of GazetteerScheme, in the definition's order. */
export const GAZETTEER_SCHEME_CODES: readonly GazetteerSchemeCode[] = ["geonames", "pcode", "osm", "wikidata"];

/** The part an actor plays in an Incident, as reported: who carried it out, what or whom it was aimed at, who acted with them, who stopped it. An open vocabulary: the codes below are known in schema 1.0; a tolerant reader also accepts and keeps any other code (1 to 64 lower-case letters, digits or underscores, starting with a letter). Known codes: 'perpetrator': Who carried it out, or is said to have: "a Russian missile", "Ukrainian drones"; 'target': Whom or what it was aimed at, or who was hit: "the port", "civilians", "a military unit"; 'associated': An actor acting with another party, or identified with it: ACLED's associated actors; 'interceptor': Who stopped the attack: "air defence forces", "electronic warfare units"; 'unknown': A side of the event whose part the report does not say: ACLED's actor2 of a clash. */
export type PartyRoleCode = "perpetrator" | "target" | "associated" | "interceptor" | "unknown";

/** PartyRole: a known code, or (an open vocabulary) any other code. */
export type PartyRole = PartyRoleCode | (string & {});

/** The known codes of PartyRole, in the definition's order. */
export const PARTY_ROLE_CODES: readonly PartyRoleCode[] = ["perpetrator", "target", "associated", "interceptor", "unknown"];

/** What kind of place was hit or targeted in an Incident. An open vocabulary: the codes below are known in schema 1.0; a tolerant reader also accepts and keeps any other code (1 to 64 lower-case letters, digits or underscores, starting with a letter). Known codes: 'market': A market; 'shop': A shop; 'pharmacy': A pharmacy; 'residential_building': A block of flats or a house; 'railway_station': A railway station; 'military_facility': A base, headquarters or depot; 'energy_infrastructure': A power plant, substation or fuel depot; 'airport': An airport or airfield; 'hospital': A hospital or clinic; 'school': A school or university; 'vehicle': A vehicle; 'open_area': A field, road or other open ground; 'other': Anything else. */
export type SiteKindCode = "market" | "shop" | "pharmacy" | "residential_building" | "railway_station" | "military_facility" | "energy_infrastructure" | "airport" | "hospital" | "school" | "vehicle" | "open_area" | "other";

/** SiteKind: a known code, or (an open vocabulary) any other code. */
export type SiteKind = SiteKindCode | (string & {});

/** The known codes of SiteKind, in the definition's order. */
export const SITE_KIND_CODES: readonly SiteKindCode[] = ["market", "shop", "pharmacy", "residential_building", "railway_station", "military_facility", "energy_infrastructure", "airport", "hospital", "school", "vehicle", "open_area", "other"];

/** What part a Site played in an Incident: what the attack was aimed at, what it hit, where debris fell. "Aimed at a fuel depot, it fell on a school" is two sites: the depot of role 'target' and the school of role 'hit'. An open vocabulary: the codes below are known in schema 1.0; a tolerant reader also accepts and keeps any other code (1 to 64 lower-case letters, digits or underscores, starting with a letter). Known codes: 'target': What the attack was aimed at, as reported: "aimed at a fuel depot"; 'hit': What it struck: "it fell on a school"; 'debris': Where debris of a downed weapon fell: "debris fell on a house". */
export type SiteRoleCode = "target" | "hit" | "debris";

/** SiteRole: a known code, or (an open vocabulary) any other code. */
export type SiteRole = SiteRoleCode | (string & {});

/** The known codes of SiteRole, in the definition's order. */
export const SITE_ROLE_CODES: readonly SiteRoleCode[] = ["target", "hit", "debris"];

/** How something was damaged in an Incident. An open vocabulary: the codes below are known in schema 1.0; a tolerant reader also accepts and keeps any other code (1 to 64 lower-case letters, digits or underscores, starting with a letter). Known codes: 'damaged': Damaged, unspecified: "damaged cars nearby"; 'shattered': Glass broken: "shattered windows"; 'destroyed': Destroyed; 'fire': Set on fire: "a vehicle caught fire"; 'collapsed': Collapsed, in whole or in part. */
export type DamageKindCode = "damaged" | "shattered" | "destroyed" | "fire" | "collapsed";

/** DamageKind: a known code, or (an open vocabulary) any other code. */
export type DamageKind = DamageKindCode | (string & {});

/** The known codes of DamageKind, in the definition's order. */
export const DAMAGE_KIND_CODES: readonly DamageKindCode[] = ["damaged", "shattered", "destroyed", "fire", "collapsed"];

/** What caused a Damage, typed: a direct hit, debris, the blast wave, fragments, fire. 'not_stated' says the report gives the damage but not its cause, which is not the same as no cause recorded (no value at all). An open vocabulary: the codes below are known in schema 1.0; a tolerant reader also accepts and keeps any other code (1 to 64 lower-case letters, digits or underscores, starting with a letter). Known codes: 'impact': A direct hit; 'debris': Debris of a downed weapon: "drone debris"; 'blast_wave': The blast wave: "windows blown out"; 'fragments': Fragments or shrapnel; 'fire': A fire the attack caused; 'not_stated': The report gives the damage but not its cause. */
export type DamageCauseCode = "impact" | "debris" | "blast_wave" | "fragments" | "fire" | "not_stated";

/** DamageCause: a known code, or (an open vocabulary) any other code. */
export type DamageCause = DamageCauseCode | (string & {});

/** The known codes of DamageCause, in the definition's order. */
export const DAMAGE_CAUSE_CODES: readonly DamageCauseCode[] = ["impact", "debris", "blast_wave", "fragments", "fire", "not_stated"];

/** Who the people of a CasualtyGroup were, inside a Casualty figure: children, women, rescuers, journalists. An open vocabulary: the codes below are known in schema 1.0; a tolerant reader also accepts and keeps any other code (1 to 64 lower-case letters, digits or underscores, starting with a letter). Known codes: 'child': Children: people under 18, or as the report says "children"; 'woman': Women (and girls, where the report counts them as women); 'man': Men; 'elderly': Elderly people: "pensioners", "an elderly woman"; 'rescuer': Rescuers, firefighters and emergency workers at the scene; 'medic': Medical workers: doctors, nurses, paramedics; 'journalist': Journalists and media workers; 'aid_worker': Humanitarian aid workers. */
export type DemographicCode = "child" | "woman" | "man" | "elderly" | "rescuer" | "medic" | "journalist" | "aid_worker";

/** Demographic: a known code, or (an open vocabulary) any other code. */
export type Demographic = DemographicCode | (string & {});

/** The known codes of Demographic, in the definition's order. */
export const DEMOGRAPHIC_CODES: readonly DemographicCode[] = ["child", "woman", "man", "elderly", "rescuer", "medic", "journalist", "aid_worker"];

/** What kind of item an AidItem is. An open vocabulary: the codes below are known in schema 1.0; a tolerant reader also accepts and keeps any other code (1 to 64 lower-case letters, digits or underscores, starting with a letter). Known codes: 'ammunition': Shells, rounds, rockets and missiles: "depleted uranium anti-tank shells"; 'armoured_vehicles': Tanks, infantry fighting vehicles, armoured carriers: "Challenger 2 tanks"; 'artillery': Guns, howitzers and launchers; 'air_defence': Air-defence systems and interceptors; 'aircraft': Aircraft and drones; 'small_arms': Small arms and light weapons; 'equipment': Other equipment: radios, protective gear, spare parts; 'medical': Medical supplies; 'food': Food; 'shelter': Shelter and non-food items; 'funds': Money; 'other': Anything else. */
export type ItemCategoryCode = "ammunition" | "armoured_vehicles" | "artillery" | "air_defence" | "aircraft" | "small_arms" | "equipment" | "medical" | "food" | "shelter" | "funds" | "other";

/** ItemCategory: a known code, or (an open vocabulary) any other code. */
export type ItemCategory = ItemCategoryCode | (string & {});

/** The known codes of ItemCategory, in the definition's order. */
export const ITEM_CATEGORY_CODES: readonly ItemCategoryCode[] = ["ammunition", "armoured_vehicles", "artillery", "air_defence", "aircraft", "small_arms", "equipment", "medical", "food", "shelter", "funds", "other"];

/** A dataset whose rows a DatasetRecord identifies: ACLED's event_id_cnty ("UKR12345"), UCDP GED's id, a VIINA event id. An open vocabulary: the codes below are known in schema 1.0; a tolerant reader also accepts and keeps any other code (1 to 64 lower-case letters, digits or underscores, starting with a letter). Known codes: 'acled': ACLED, by event_id_cnty, which stays the same when a row is revised; 'ucdp_ged': UCDP's Georeferenced Event Dataset, by its id; 'viina': VIINA, the Violent Incident Information from News Articles dataset on the war in Ukraine. */
export type DatasetSchemeCode = "acled" | "ucdp_ged" | "viina";

/** DatasetScheme: a known code, or (an open vocabulary) any other code. */
export type DatasetScheme = DatasetSchemeCode | (string & {});

/** The known codes of DatasetScheme, in the definition's order. */
export const DATASET_SCHEME_CODES: readonly DatasetSchemeCode[] = ["acled", "ucdp_ged", "viina"];

/** ACLED's disorder_type: the broad kind of disorder an event belongs to. A row may carry two ("Political violence; Demonstrations" for excessive force against protesters), so an AcledCoding holds a list. A closed vocabulary: any other value is refused, in both modes. Values: 'political_violence': "Political violence"; 'demonstrations': "Demonstrations"; 'strategic_developments': "Strategic developments". */
export type DisorderTypeCode = "political_violence" | "demonstrations" | "strategic_developments";

/** DisorderType: one of the known codes (a closed vocabulary). */
export type DisorderType = DisorderTypeCode;

/** The known codes of DisorderType, in the definition's order. */
export const DISORDER_TYPE_CODES: readonly DisorderTypeCode[] = ["political_violence", "demonstrations", "strategic_developments"];

/** ACLED's type of an event's main actor (inter1, inter2): its "inter code" 1 to 8 with ACLED's label. ACLED's interaction is not kept: it is derived from the two types (interaction). A closed vocabulary: any other value is refused, in both modes. Values: 'state_forces': 1, "State forces": the military and police of a recognised government; 'rebel_group': 2, "Rebel group": a group seeking to replace a government or to secede; 'political_militia': 3, "Political militia": an armed group serving a political elite or party; 'identity_militia': 4, "Identity militia": an armed group organised around a shared identity; 'rioters': 5, "Rioters"; 'protesters': 6, "Protesters"; 'civilians': 7, "Civilians"; 'external_or_other_forces': 8, "External/Other forces": international organisations, foreign or private forces. */
export type AcledActorTypeCode = "state_forces" | "rebel_group" | "political_militia" | "identity_militia" | "rioters" | "protesters" | "civilians" | "external_or_other_forces";

/** AcledActorType: one of the known codes (a closed vocabulary). */
export type AcledActorType = AcledActorTypeCode;

/** The known codes of AcledActorType, in the definition's order. */
export const ACLED_ACTOR_TYPE_CODES: readonly AcledActorTypeCode[] = ["state_forces", "rebel_group", "political_militia", "identity_militia", "rioters", "protesters", "civilians", "external_or_other_forces"];

/** UCDP GED's event_clarity: whether the sources describe the event clearly ('high', code 1) or only as part of an aggregate or in vague terms ('low', code 2). A closed vocabulary: any other value is refused, in both modes. Values: 'high': UCDP 1: the event is clearly described; 'low': UCDP 2: the event is an aggregate, or described vaguely. */
export type EventClarityCode = "high" | "low";

/** EventClarity: one of the known codes (a closed vocabulary). */
export type EventClarity = EventClarityCode;

/** The known codes of EventClarity, in the definition's order. */
export const EVENT_CLARITY_CODES: readonly EventClarityCode[] = ["high", "low"];

/** A share given in words rather than numbers: "most of them were downed", "half", "all". An Engagement uses it for how many of the weapons were stopped when no figure is given. A closed vocabulary: any other value is refused, in both modes. Values: 'none': "None of them"; 'few': "A few"; 'some': "Some"; 'half': "Half"; 'most': "Most", "the majority"; 'nearly_all': "Nearly all", "almost all"; 'all': "All of them". */
export type ProportionCode = "none" | "few" | "some" | "half" | "most" | "nearly_all" | "all";

/** Proportion: one of the known codes (a closed vocabulary). */
export type Proportion = ProportionCode;

/** The known codes of Proportion, in the definition's order. */
export const PROPORTION_CODES: readonly ProportionCode[] = ["none", "few", "some", "half", "most", "nearly_all", "all"];

/** How weapons were stopped in an Engagement: "shot down by air defence", "suppressed by electronic warfare", "downed by fighter jets". An open vocabulary: the codes below are known in schema 1.0; a tolerant reader also accepts and keeps any other code (1 to 64 lower-case letters, digits or underscores, starting with a letter). Known codes: 'air_defence': Surface-to-air missiles or guns: "shot down by air defence"; 'electronic_warfare': Jamming or spoofing: "suppressed by electronic warfare", "lost"; 'fighter_aircraft': Crewed aircraft: "downed by fighter jets", "by helicopters"; 'mobile_fire_group': Mobile fire groups with machine guns; 'unknown': Stopped, but not said how. */
export type InterceptionMethodCode = "air_defence" | "electronic_warfare" | "fighter_aircraft" | "mobile_fire_group" | "unknown";

/** InterceptionMethod: a known code, or (an open vocabulary) any other code. */
export type InterceptionMethod = InterceptionMethodCode | (string & {});

/** The known codes of InterceptionMethod, in the definition's order. */
export const INTERCEPTION_METHOD_CODES: readonly InterceptionMethodCode[] = ["air_defence", "electronic_warfare", "fighter_aircraft", "mobile_fire_group", "unknown"];

/** A direction from a reference place, as reports give it: "southeast of the Russian capital" is 'southeast'. Eight points, as news reports use them. A closed vocabulary: any other value is refused, in both modes. Values: 'north': North; 'northeast': North-east; 'east': East; 'southeast': South-east; 'south': South; 'southwest': South-west; 'west': West; 'northwest': North-west. */
export type CompassDirectionCode = "north" | "northeast" | "east" | "southeast" | "south" | "southwest" | "west" | "northwest";

/** CompassDirection: one of the known codes (a closed vocabulary). */
export type CompassDirection = CompassDirectionCode;

/** The known codes of CompassDirection, in the definition's order. */
export const COMPASS_DIRECTION_CODES: readonly CompassDirectionCode[] = ["north", "northeast", "east", "southeast", "south", "southwest", "west", "northwest"];

/** How one Incident is related to another, as an IncidentLink says: the same event told twice, possibly the same, one strike within a wave, a follow-up. An open vocabulary: the codes below are known in schema 1.0; a tolerant reader also accepts and keeps any other code (1 to 64 lower-case letters, digits or underscores, starting with a letter). Known codes: 'same_as': The same real-world event, told by another record; 'possibly_same_as': Perhaps the same event: the sources do not allow certainty; 'part_of': One part of a larger event: a strike within a wave, a shell within a barrage; 'follow_up_of': A later event that follows from the other: a second strike, a fire after an impact. */
export type IncidentRelationCode = "same_as" | "possibly_same_as" | "part_of" | "follow_up_of";

/** IncidentRelation: a known code, or (an open vocabulary) any other code. */
export type IncidentRelation = IncidentRelationCode | (string & {});

/** The known codes of IncidentRelation, in the definition's order. */
export const INCIDENT_RELATION_CODES: readonly IncidentRelationCode[] = ["same_as", "possibly_same_as", "part_of", "follow_up_of"];

/** How an Assessment checked a Claim. An open vocabulary: the codes below are known in schema 1.0; a tolerant reader also accepts and keeps any other code (1 to 64 lower-case letters, digits or underscores, starting with a letter). Known codes: 'geolocation': Matching pictures or video to a place: "geolocated video"; 'chronolocation': Establishing when pictures or video were taken: shadows, weather, metadata; 'satellite_imagery': Satellite or aerial images of the site; 'metadata_analysis': The metadata of files: capture times, devices; 'reverse_image_search': Searching for earlier copies of a picture; 'independent_sources': Other sources than the one making the claim: "could not independently verify"; 'official_records': Records of an authority: hospital lists, registers; 'eyewitness': People who were there; 'on_site': A visit to the site by the assessor; 'expert_review': Review by a specialist: munitions, forensics. */
export type VerificationMethodCode = "geolocation" | "chronolocation" | "satellite_imagery" | "metadata_analysis" | "reverse_image_search" | "independent_sources" | "official_records" | "eyewitness" | "on_site" | "expert_review";

/** VerificationMethod: a known code, or (an open vocabulary) any other code. */
export type VerificationMethod = VerificationMethodCode | (string & {});

/** The known codes of VerificationMethod, in the definition's order. */
export const VERIFICATION_METHOD_CODES: readonly VerificationMethodCode[] = ["geolocation", "chronolocation", "satellite_imagery", "metadata_analysis", "reverse_image_search", "independent_sources", "official_records", "eyewitness", "on_site", "expert_review"];

/** What kind of material an Evidence is. An open vocabulary: the codes below are known in schema 1.0; a tolerant reader also accepts and keeps any other code (1 to 64 lower-case letters, digits or underscores, starting with a letter). Known codes: 'photo': A photograph; 'video': A video; 'audio': A sound recording; 'document': A document: a statement, a letter, a report; 'screenshot': A screenshot of a page or post; 'satellite_image': A satellite or aerial image; 'web_page': A web page, as published; 'dataset': A data file. */
export type EvidenceKindCode = "photo" | "video" | "audio" | "document" | "screenshot" | "satellite_image" | "web_page" | "dataset";

/** EvidenceKind: a known code, or (an open vocabulary) any other code. */
export type EvidenceKind = EvidenceKindCode | (string & {});

/** The known codes of EvidenceKind, in the definition's order. */
export const EVIDENCE_KIND_CODES: readonly EvidenceKindCode[] = ["photo", "video", "audio", "document", "screenshot", "satellite_image", "web_page", "dataset"];

/** The algorithm of a ContentHash. A closed vocabulary of the SHA-2 functions, written on the wire as sha_256, sha_384 and sha_512. A closed vocabulary: any other value is refused, in both modes. Values: 'sha_256': SHA-256: 64 hexadecimal digits; 'sha_384': SHA-384: 96 hexadecimal digits; 'sha_512': SHA-512: 128 hexadecimal digits. */
export type HashAlgorithmCode = "sha_256" | "sha_384" | "sha_512";

/** HashAlgorithm: one of the known codes (a closed vocabulary). */
export type HashAlgorithm = HashAlgorithmCode;

/** The known codes of HashAlgorithm, in the definition's order. */
export const HASH_ALGORITHM_CODES: readonly HashAlgorithmCode[] = ["sha_256", "sha_384", "sha_512"];

/** How a record was coded: by a person, by a program, or by both. An open vocabulary: the codes below are known in schema 1.0; a tolerant reader also accepts and keeps any other code (1 to 64 lower-case letters, digits or underscores, starting with a letter). Known codes: 'human': Coded by a person; 'machine': Coded by a program: a classifier, a rule set, a language model; 'hybrid': Coded by a program and reviewed or corrected by a person. */
export type CodingMethodCode = "human" | "machine" | "hybrid";

/** CodingMethod: a known code, or (an open vocabulary) any other code. */
export type CodingMethod = CodingMethodCode | (string & {});

/** The known codes of CodingMethod, in the definition's order. */
export const CODING_METHOD_CODES: readonly CodingMethodCode[] = ["human", "machine", "hybrid"];

/** A coder's confidence in words, on STIX 2.1's "None / Low / Med / High" scale, whose levels map to ranges of its 0-100 confidence score: none is 0, low 1 to 29, medium 30 to 69, high 70 to 100. A closed vocabulary. A closed vocabulary: any other value is refused, in both modes. Values: 'none': No confidence: a score of 0; 'low': Low: a score of 1 to 29; 'medium': Medium: a score of 30 to 69; 'high': High: a score of 70 to 100. */
export type ConfidenceLevelCode = "none" | "low" | "medium" | "high";

/** ConfidenceLevel: one of the known codes (a closed vocabulary). */
export type ConfidenceLevel = ConfidenceLevelCode;

/** The known codes of ConfidenceLevel, in the definition's order. */
export const CONFIDENCE_LEVEL_CODES: readonly ConfidenceLevelCode[] = ["none", "low", "medium", "high"];

/** Why a Withdrawal takes a report out of a feed. An open vocabulary: the codes below are known in schema 1.0; a tolerant reader also accepts and keeps any other code (1 to 64 lower-case letters, digits or underscores, starting with a letter). Known codes: 'retracted': Withdrawn by its publisher: the report should not have been published; 'deleted': Deleted by the dataset or recorder that kept it; 'duplicate': A duplicate of another record, which is kept; 'replaced': Replaced by a record with another id. */
export type WithdrawalKindCode = "retracted" | "deleted" | "duplicate" | "replaced";

/** WithdrawalKind: a known code, or (an open vocabulary) any other code. */
export type WithdrawalKind = WithdrawalKindCode | (string & {});

/** The known codes of WithdrawalKind, in the definition's order. */
export const WITHDRAWAL_KIND_CODES: readonly WithdrawalKindCode[] = ["retracted", "deleted", "duplicate", "replaced"];

/** A news report as a whole: where it was published and when, who wrote it, the posts it embeds, and the incidents, claims and aid packages it contains. */
export interface Report {
  /** The report's id */
  readonly id: ReportId;
  /** The version of the Sitrep schema the report follows, MAJOR.MINOR. Required; this schema, like the Java reader, accepts any 1.y and refuses another major version. */
  readonly schema_version: SchemaVersion;
  /** The headline as published */
  readonly headline?: Text;
  /** Who published it: a newspaper, a broadcaster */
  readonly publisher?: Actor;
  /** Where it was published */
  readonly url?: HttpUrl;
  /** When it was published */
  readonly published_at?: DateTime;
  /** The day it was published, where the outlet gives a date and no time; with published_at, that moment's date */
  readonly published_on?: Date;
  /** When the publisher last changed it, as the page says: "Updated 7 September 2023, 14:05". Reports are revised as tolls rise; this tells two versions of one report apart. Not before published_at. */
  readonly modified_at?: DateTime;
  /** The reports this one replaces: a corrected report published under a new id names the one it corrects. A revision under the same id needs no entry here: a later modified_at replaces it (see ReportLedger). */
  readonly supersedes?: readonly ReportId[];
  /** When the recorder retrieved it */
  readonly retrieved_at?: DateTime;
  /** The report's language, a BCP 47 tag: "en-GB" */
  readonly language?: LanguageTag;
  /** Who the report may be shared with, where it is marked (TLP 2.0) */
  readonly tlp?: Tlp;
  /** The licence and attribution terms of the report */
  readonly licence?: Licence;
  /** Who wrote it */
  readonly authors?: readonly Actor[];
  /** The news agency whose copy this is, if it is agency copy: AP, AFP, Reuters */
  readonly syndication?: Syndication;
  /** The other outlets that ran the same story */
  readonly other_publications?: readonly Publication[];
  /** Social-media posts it embeds */
  readonly posts?: readonly EmbeddedPost[];
  /** The events it reports */
  readonly incidents?: readonly Incident[];
  /** What the people and organisations it quotes said */
  readonly claims?: readonly Claim[];
  /** The aid packages it reports */
  readonly aid_packages?: readonly AidPackage[];
  /** Extensions: unknown properties, kept (any JSON value but null). */
  readonly [extension: string]: unknown;
}

/** One reported event: a drone shot down, a missile strike, an explosion, a fire. Rules: the summary is trimmed and not blank; no means, party, casualty id or claim is listed twice, no dataset row twice; ACLED or UCDP columns only with a record of that dataset, and ACLED's event date within the incident's time; no link twice and none to the incident itself; a figure supersedes a figure of this incident, each figure is superseded by one figure at most, and no chain of supersessions is a cycle. */
export interface Incident {
  /** The incident's id within its report */
  readonly id: IncidentId;
  /** The incident's name across reports: the reports that tell of the same event, and the revisions of one report, give it the same global id (an ACLED event_id_cnty is one). */
  readonly global_id?: GlobalId;
  /** What kind of event */
  readonly type: IncidentType;
  /** When it happened, as precisely as reported */
  readonly time?: ReportedTime;
  /** Where it happened */
  readonly location?: Location;
  /** The means used: drone, missile */
  readonly means?: readonly Means[];
  /** How many: "two drones", "at least 3 explosions" */
  readonly quantity?: Estimate;
  /** The fate of each kind of weapon in an attack wave, as reported: launched, stopped and how, hit. Added with addEngagement(Engagement). */
  readonly engagements?: readonly Engagement[];
  /** Whether the attack was intercepted, hit, or is not known to have done either */
  readonly outcome: IncidentOutcome;
  /** The kind of organised violence it belongs to, as UCDP GED's type_of_violence codes it, where the report or dataset says */
  readonly violence_type?: ViolenceType;
  /** The actors taking part, each in a role and on a side where reported: the perpetrator as attributed ("Ukrainian drones"), the target, associated actors, the interceptor. Added with addParty(Party). */
  readonly parties?: readonly Party[];
  /** The places hit or targeted: "a market, shops and a pharmacy" */
  readonly sites?: readonly Site[];
  /** What was damaged and how */
  readonly damage?: readonly Damage[];
  /** The casualty figures reported for it */
  readonly casualties?: readonly Casualty[];
  /** A short summary in the recorder's words */
  readonly summary?: Text;
  /** The claims in the same report that support or dispute it */
  readonly claims?: readonly ClaimId[];
  /** Links to other incidents, in this report or others: the same event, possibly the same, part of a wave, a follow-up. Each is asserted by a claim or by the recorder. */
  readonly links?: readonly IncidentLink[];
  /** The dataset rows it was built from or matches, each by dataset and id: an ACLED event_id_cnty, a UCDP GED id. Added with addRecord(DatasetRecord). */
  readonly records?: readonly DatasetRecord[];
  /** The ACLED columns that have no other home, for an incident with an ACLED record */
  readonly acled?: AcledCoding;
  /** The UCDP GED columns that have no other home, for one with a UCDP GED record */
  readonly ucdp?: UcdpCoding;
  /** Who or what coded the incident, and how confident they were */
  readonly coding?: Coding;
  /** Who the incident's record may be shared with, where it is marked */
  readonly tlp?: Tlp;
  /** The licence and attribution terms of the incident's record */
  readonly licence?: Licence;
  /** Extensions: unknown properties, kept (any JSON value but null). */
  readonly [extension: string]: unknown;
}

/** Something someone said: who, in what role, through which channel, when, what they said, what it is about, what kind of statement it is, and whether it has been verified. Rules: a claim has a statement or a quote (or both), trimmed and not blank; no reference is listed twice; a claim is not about itself; a claim that gives a casualty figure (of kind 'casualty_figure', or about casualty figures) is not silent on 'casualties'. References must resolve inside the Report that holds the claim. */
export interface Claim {
  /** The claim's id within its report */
  readonly id: ClaimId;
  /** Who says it, with their role: "Moscow mayor Sergei Sobyanin" */
  readonly source: Actor;
  /** How it was made public: Telegram, a news agency, a post */
  readonly channel?: Channel;
  /** When it was said */
  readonly made_on?: ReportedTime;
  /** What was claimed, in the report's words */
  readonly statement?: Text;
  /** The speaker's own words, verbatim: "This Russian evil must be defeated ..." */
  readonly quote?: Text;
  /** What kind of statement it is */
  readonly kind: ClaimKind;
  /** Where it stands with respect to verification */
  readonly verification: VerificationStatus;
  /** The incidents it is about */
  readonly about_incidents?: readonly IncidentId[];
  /** The casualty figures it gives or is about */
  readonly about_casualties?: readonly CasualtyId[];
  /** The aid packages it is about */
  readonly about_aid_packages?: readonly AidPackageId[];
  /** The claims it answers: a denial of an attribution, a confirmation or dispute of a figure. claimsAbout gives, for a claim, the claims that answer it. */
  readonly about_claims?: readonly ClaimId[];
  /** The embedded post in which it was made */
  readonly post?: PostId;
  /** What the statement explicitly said nothing about: a statement that drones were downed, with "no word on casualties", is silent on 'casualties'. Distinct from the recorder not recording a figure, which is no figure at all. */
  readonly silent_on?: readonly ClaimTopic[];
  /** Verification assessments of the claim, by the publisher, a fact-checker or the recorder: "could not independently verify", "confirmed by geolocated video". Separate from verification, where it stands as reported, whoever checked it. */
  readonly assessments?: readonly Assessment[];
  /** The material attached to the claim: photos, videos, documents */
  readonly evidence?: readonly Evidence[];
  /** Who or what coded the claim, and how confident they were */
  readonly coding?: Coding;
  /** Extensions: unknown properties, kept (any JSON value but null). */
  readonly [extension: string]: unknown;
}

/** Support sent by one party to another: who gives, who receives, when announced, what kind, its value, the items, when they should arrive, how far along it is, and related packages. Rules: the summary is trimmed and not blank; a package is not related to itself; no related package or claim is listed twice. References must resolve inside the Report. */
export interface AidPackage {
  /** The package's id within its report */
  readonly id: AidPackageId;
  /** Who gives: the US */
  readonly donor: Actor;
  /** Who receives: Ukraine */
  readonly recipient: Actor;
  /** When it was announced */
  readonly announced_on?: ReportedTime;
  /** What kind of support */
  readonly category: AidCategory;
  /** Its value as reported */
  readonly value?: MonetaryValue;
  /** What is sent */
  readonly items?: readonly AidItem[];
  /** When delivery is expected: "in autumn" */
  readonly expected_delivery?: ReportedTime;
  /** How far along it is */
  readonly stage: AidStage;
  /** Other packages in the same report it relates to: Britain's earlier decision */
  readonly related?: readonly AidPackageId[];
  /** The claims in the same report that it rests on: the announcement */
  readonly claims?: readonly ClaimId[];
  /** A short summary in the recorder's words */
  readonly summary?: Text;
  /** Extensions: unknown properties, kept (any JSON value but null). */
  readonly [extension: string]: unknown;
}

/** Where something happened: a named place with its other spellings, the country it belongs to de jure, its administrative areas, optional coordinates, how precisely it is known, and, kept apart from the country, who controls it in fact. Rules: a name, a description or a point says which place it is; the name is trimmed and not blank; the country is an ISO 3166-1 alpha-2 code; an administrative area's ISO 3166-2 code starts with the location's country (Enerhodar's region is UA-23 because the country is Ukraine de jure, whoever controls it); no alternate name or gazetteer id is listed twice; a place of precision 'international' ("over the Black Sea") has no country and no administrative area. */
export interface Location {
  /** The place's primary name as reported: "Kostiantynivka"; absent for a place the report does not name ("a village in the region", which must not borrow the region's name: it is the description with the region as admin1) */
  readonly name?: Text;
  /** Other names, spellings and transliterations: "Konstantinovka" */
  readonly alternate_names?: readonly PlaceName[];
  /** The country it belongs to de jure, ISO 3166-1 alpha-2: "UA" */
  readonly country?: CountryCode;
  /** The first-level administrative area: "Donetsk region" (UA-14) */
  readonly admin1?: AdminArea;
  /** The second-level administrative area: a district */
  readonly admin2?: AdminArea;
  /** The third-level administrative area: a hromada, a municipality (ACLED's admin3) */
  readonly admin3?: AdminArea;
  /** Coordinates, where known */
  readonly point?: GeoPoint;
  /** How precisely the place is known */
  readonly precision: GeoPrecision;
  /** Who controls it in fact, as reported, where the report says */
  readonly control?: DeFactoControl;
  /** Ids in gazetteers: GeoNames, P-codes */
  readonly gazetteer_ids?: readonly GazetteerRef[];
  /** Where it is relative to another place: "southeast of the Russian capital", "near the front line", "20 km from the border" */
  readonly relative_to?: RelativePosition;
  /** What the report says of the place where no attribute says it: "a village", "a western Russian city" */
  readonly description?: Text;
  /** Extensions: unknown properties, kept (any JSON value but null). */
  readonly [extension: string]: unknown;
}

/** A casualty figure: what happened to people (killed, injured, missing, captured), who they were, how many, as of when, whether the figure may still change, and the claim it comes from. Rules: no demographic group is listed twice in the breakdown; a group's count cannot exceed the figure's: where the group's lower bound and the figure's upper bound are both known (a 'more than' floor is one above its number, a 'fewer than' ceiling one below), the first is not above the second; no cause is listed twice; a figure does not supersede itself (the incident checks that it supersedes one of its figures). */
export interface Casualty {
  /** The figure's id, so that claims can refer to it */
  readonly id: CasualtyId;
  /** The figure's name across reports: several reports (and a report's revisions) that give the same figure can say so by giving it the same global id. A revised figure in a later report has its own global id and supersedes only within its report. */
  readonly global_id?: GlobalId;
  /** What happened to the people counted */
  readonly outcome: CasualtyOutcome;
  /** Who they were: civilians, military, unknown */
  readonly population: PopulationGroup;
  /** The side of the event the people counted were on, where a dataset codes it: UCDP GED's deaths_a are a figure of 'side_a', deaths_b of 'side_b' (its deaths_civilians and deaths_unknown have no side: their population says civilian or unknown). */
  readonly side?: DyadSide;
  /** How many, in all */
  readonly count: Estimate;
  /** Parts of the count: "two of them children". Each group counts some of the people of count, never people besides them; groups may overlap. */
  readonly breakdown?: readonly CasualtyGroup[];
  /** The condition or severity of the people counted: "in a critical condition" */
  readonly condition?: CasualtyCondition;
  /** What caused the harm, as reported: debris, glass, fragments, blast, fire */
  readonly causes?: readonly InjuryCause[];
  /** Where the people were harmed, when it is not the incident's place: "in a nearby settlement". Absent means the incident's location. */
  readonly location?: Location;
  /** When the figure was given or held */
  readonly as_of?: ReportedTime;
  /** Whether the figure is said to be provisional: "the death toll could increase". False unless set. */
  readonly provisional?: boolean;
  /** The figure of the same incident that this one revises: "the death toll rose to 17" supersedes the earlier "at least 12". Both are kept, each with its claim and as_of; the incident's current_casualties leaves the superseded one out, so a revision never adds to what it revises. */
  readonly supersedes?: CasualtyId;
  /** The claim in the same report that gives this figure */
  readonly claim?: ClaimId;
  /** Who or what coded the figure, and how confident they were */
  readonly coding?: Coding;
  /** Extensions: unknown properties, kept (any JSON value but null). */
  readonly [extension: string]: unknown;
}

/** A reported count that may be uncertain: how many drones, explosions, people killed. Rules: every bound is at least zero; low ≤ best ≤ high where present; 'exact' means all three are present and equal; 'at_least' needs low and has no high; 'more_than' needs low, has no high, and a best above low; 'at_most' needs high and has no low; 'fewer_than' needs high, has no low, and a best below high; 'approximately' needs best; 'range' needs low and high; 'unspecified' needs the phrase. */
export interface Estimate {
  /** The lowest figure reported or implied, if any */
  readonly low?: Count;
  /** The single most likely figure, if one was given */
  readonly best?: Count;
  /** The highest figure reported or implied, if any */
  readonly high?: Count;
  /** How the figure is bounded */
  readonly qualifier: EstimateQualifier;
  /** The words as reported, e.g. "up to 17" or "several" */
  readonly phrase?: Text;
  /** Extensions: unknown properties, kept (any JSON value but null). */
  readonly [extension: string]: unknown;
}

/** When something happened, as precisely as the report says and no more: a span of days with a precision and the phrase as reported. Rules: end is not before start; the span is no wider than the precision allows (one day for 'day', 'exact_time' and 'approximate_time', two for 'part_of_day', 6 for 'few_days', 7 for 'week', 31 for 'month', 92 for 'season', 366 for 'year'); the instant is present exactly when the precision is 'exact_time' or 'approximate_time', and falls on start; a clock time with an instant is the instant's hour, minute and offset; its equivalents (the same moment given in other zones) are the instant's moment and need one. */
export interface ReportedTime {
  /** The first day the event may have happened on */
  readonly start: Date;
  /** The last day the event may have happened on; equal to start for a day */
  readonly end: Date;
  /** The moment, with its UTC offset as reported: only for 'exact_time' and 'approximate_time' */
  readonly instant?: DateTime;
  /** How precisely the time is known */
  readonly precision: TimePrecision;
  /** The part of the day, where the report gives one, whatever the span: "on a morning in March" is a month with 'morning' */
  readonly part_of_day?: PartOfDay;
  /** The clock time, with its UTC offset, where the report gives one: "at 3 a.m." on a day it does not give is a span of days with this clock time; with an instant, it is the instant's hour and minute */
  readonly clock_time?: ClockTime;
  /** The same moment as the instant, as the report also gives it in other zones ("04:30 local time (01:30 GMT)" keeps 01:30Z here); added with addEquivalent */
  readonly equivalents?: readonly DateTime[];
  /** What a relative time was counted from: "on Tuesday" from the report's publication ('publication'), "the day before" from another event */
  readonly anchor?: TimeAnchor;
  /** The words as reported: "overnight", "on Wednesday", "in autumn" */
  readonly phrase?: Text;
  /** Extensions: unknown properties, kept (any JSON value but null). */
  readonly [extension: string]: unknown;
}

/** An amount of money: a decimal amount in an ISO 4217 currency, never a floating-point number. Rules: the amount is not negative and has no negative scale (write 175000000, not 1.75E+8). */
export interface Money {
  /** The amount, e.g. 175000000 */
  readonly amount: DecimalAmount;
  /** The currency, e.g. USD */
  readonly currency: CurrencyCode;
  /** Extensions: unknown properties, kept (any JSON value but null). */
  readonly [extension: string]: unknown;
}

/** The reported value of something, such as an aid package: an amount with its bound and the equivalents the report gives in other currencies. Rules: the qualifier is 'exact', 'at_least', 'more_than', 'at_most', 'fewer_than' or 'approximately' (not a range or a word); no two of the amount and its equivalents share a currency. */
export interface MonetaryValue {
  /** The amount as first reported, e.g. 175000000 USD */
  readonly amount: Money;
  /** How the amount is bounded: "up to" is 'at_most' */
  readonly qualifier: EstimateQualifier;
  /** The same value in other currencies, as reported: £140m */
  readonly equivalents?: readonly Money[];
  /** The words as reported: "worth up to $175million (£140m)" */
  readonly phrase?: Text;
  /** Extensions: unknown properties, kept (any JSON value but null). */
  readonly [extension: string]: unknown;
}

/** A person, organisation, state, armed force or media outlet: a source of claims, a perpetrator, a donor, an author. Rules: text is trimmed and not blank; the country is an ISO 3166-1 alpha-2 code; a handle has no white space; a URL is absolute http(s). */
export interface Actor {
  /** The name as reported: "Sergei Sobyanin", "the Kremlin", "local media" */
  readonly name: Text;
  /** What kind of actor this is */
  readonly kind: ActorKind;
  /** The role or title as reported: "Moscow mayor", "Russian-appointed governor" */
  readonly role?: Text;
  /** The country the actor belongs to or acts for, ISO 3166-1 alpha-2: "RU" */
  readonly country?: CountryCode;
  /** A side or group the actor is affiliated with, where not a country: "Wagner Group" */
  readonly affiliation?: Text;
  /** An account handle: "@maria_drutska" */
  readonly handle?: Handle;
  /** A page about or by the actor */
  readonly url?: HttpUrl;
  /** Extensions: unknown properties, kept (any JSON value but null). */
  readonly [extension: string]: unknown;
}

/** How and where a Claim was made public: a statement, a news agency, a Telegram channel, a social-media post with its URL. */
export interface Channel {
  /** What kind of channel */
  readonly kind: ChannelKind;
  /** Its name: "Telegram", "Interfax" */
  readonly name?: Text;
  /** Where the statement can be found */
  readonly url?: HttpUrl;
  /** Extensions: unknown properties, kept (any JSON value but null). */
  readonly [extension: string]: unknown;
}

/** Another name or spelling of a place, with its language and script where known. Rules: the name is trimmed and not blank; the language is a well-formed BCP 47 tag. */
export interface PlaceName {
  /** The name: "Konstantinovka" */
  readonly name: Text;
  /** The BCP 47 tag of its language and script: "ru-Latn", "uk-Cyrl" */
  readonly language?: LanguageTag;
  /** Extensions: unknown properties, kept (any JSON value but null). */
  readonly [extension: string]: unknown;
}

/** An administrative area a place lies in: a region (first level), a district (second level) or a municipality or hromada (third level), with its ISO 3166-2 code where it has one. Rules: the name is trimmed and not blank; the code is a known country code, a hyphen and 1 to 3 letters or digits. A Location also checks that the code's country is its own. */
export interface AdminArea {
  /** The area's name as reported: "Zaporizhzhia region" */
  readonly name: Text;
  /** The ISO 3166-2 code: "UA-23" */
  readonly iso_code?: SubdivisionCode;
  /** Other names and spellings of the area: "Zaporozhye region" */
  readonly alternate_names?: readonly PlaceName[];
  /** Extensions: unknown properties, kept (any JSON value but null). */
  readonly [extension: string]: unknown;
}

/** A point on the earth in WGS84 decimal degrees. Rules: latitude within [-90, 90], longitude within [-180, 180], both finite. */
export interface GeoPoint {
  /** Degrees north of the equator, -90 to 90 */
  readonly latitude: Latitude;
  /** Degrees east of Greenwich, -180 to 180 */
  readonly longitude: Longitude;
  /** Extensions: unknown properties, kept (any JSON value but null). */
  readonly [extension: string]: unknown;
}

/** Who controls a place in fact, as reported, kept apart from the country it belongs to de jure. */
export interface DeFactoControl {
  /** The party reported to be in control: Russia, Russian forces */
  readonly controller: Actor;
  /** When the control was reported to hold */
  readonly as_of?: ReportedTime;
  /** The claim in the same report that says so */
  readonly claim?: ClaimId;
  /** The words as reported: "the Russian-controlled part of Ukraine's ... region" */
  readonly phrase?: Text;
  /** Extensions: unknown properties, kept (any JSON value but null). */
  readonly [extension: string]: unknown;
}

/** A place's id in a gazetteer: GeoNames, a humanitarian P-code, OpenStreetMap or Wikidata. Rules: a GeoNames id is digits; a P-code is two upper-case letters then letters or digits; a Wikidata id is Q and digits; an OSM id is node/, way/ or relation/ and digits; an id of a scheme this version does not know is any text without white space. */
export interface GazetteerRef {
  /** The gazetteer */
  readonly scheme: GazetteerScheme;
  /** The id in that gazetteer: "704147" */
  readonly id: GazetteerId;
  /** Extensions: unknown properties, kept (any JSON value but null). */
  readonly [extension: string]: unknown;
}

/** An actor taking part in an Incident, in a role, on a side where the report or dataset codes one, and with the claim that says so: an attribution is someone's claim, never the library's verdict. Rules: the phrase is trimmed and not blank. */
export interface Party {
  /** Who: the state, armed force, group or people */
  readonly actor: Actor;
  /** The part they played, as reported */
  readonly role: PartyRole;
  /** The side of the event they are on, where the report or dataset codes one */
  readonly side?: DyadSide;
  /** The claim in the same report that attributes this part to them */
  readonly claim?: ClaimId;
  /** The words as reported: "Ukrainian drones", "a Russian missile" */
  readonly phrase?: Text;
  /** Extensions: unknown properties, kept (any JSON value but null). */
  readonly [extension: string]: unknown;
}

/** A place that was hit or targeted in an Incident: "a market", "a railway station building", "the Southern Military District headquarters". */
export interface Site {
  /** What kind of place */
  readonly kind: SiteKind;
  /** The part it played, where the report says: what the attack was aimed at ('target'), what it hit ('hit'), where debris fell ('debris') */
  readonly role?: SiteRole;
  /** The place as reported: "the headquarters of the Southern Military District" */
  readonly description?: Text;
  /** Extensions: unknown properties, kept (any JSON value but null). */
  readonly [extension: string]: unknown;
}

/** What was damaged in an Incident, how, by what and how many. */
export interface Damage {
  /** How it was damaged */
  readonly kind: DamageKind;
  /** What was damaged, as reported: "windows in a railway station building" */
  readonly object: Text;
  /** How many, where counted: "several cars" */
  readonly count?: Estimate;
  /** What caused it, as reported: "drone debris" */
  readonly cause?: Text;
  /** What caused it, typed: 'debris'; 'not_stated' when the report gives no cause, which is not the same as no value (not recorded) */
  readonly cause_type?: DamageCause;
  /** Extensions: unknown properties, kept (any JSON value but null). */
  readonly [extension: string]: unknown;
}

/** A part of a Casualty figure: how many of the people it counts were of one group. A part is never added to its figure's count: "five dead, two of them children" is a figure of Estimate.exactly(5) with the group CasualtyGroup.of(Demographic.CHILD, Estimate.exactly(2)), five people in all. */
export interface CasualtyGroup {
  /** Who they were: children, women, rescuers */
  readonly group: Demographic;
  /** How many of the figure's people were of the group */
  readonly count: Estimate;
  /** Extensions: unknown properties, kept (any JSON value but null). */
  readonly [extension: string]: unknown;
}

/** One line of an AidPackage: what is sent, what kind of item, how many, and the platform it is for. */
export interface AidItem {
  /** What is sent, as reported: "depleted uranium anti-tank shells" */
  readonly description: Text;
  /** What kind of item */
  readonly category: ItemCategory;
  /** How many, where reported */
  readonly quantity?: Estimate;
  /** The weapon system it is for: "Abrams tanks" */
  readonly platform?: Text;
  /** Extensions: unknown properties, kept (any JSON value but null). */
  readonly [extension: string]: unknown;
}

/** A social-media post quoted inside a Report, kept with its author, time, text and links. */
export interface EmbeddedPost {
  /** The post's id within the report */
  readonly id: PostId;
  /** Who posted it */
  readonly author: Actor;
  /** The network: "Twitter", "Telegram" */
  readonly platform: Text;
  /** The post's own address, where known */
  readonly url?: HttpUrl;
  /** When it was posted, as shown: September 7, 2023 */
  readonly posted_on?: ReportedTime;
  /** The text as embedded, verbatim but for white space at either end */
  readonly text?: Text;
  /** Links shown in the post: pictures, videos, other pages */
  readonly links?: readonly HttpUrl[];
  /** Extensions: unknown properties, kept (any JSON value but null). */
  readonly [extension: string]: unknown;
}

/** A dataset row an Incident was built from or matches, by its dataset and its own id, and when the dataset last changed the row. Rules: the id is 1 to 128 characters without white space or control characters. */
export interface DatasetRecord {
  /** The dataset */
  readonly scheme: DatasetScheme;
  /** The row's id in its dataset: ACLED's event_id_cnty, UCDP GED's id */
  readonly id: DatasetRecordId;
  /** When the dataset last changed the row: ACLED's timestamp */
  readonly updated_at?: DateTime;
  /** Extensions: unknown properties, kept (any JSON value but null). */
  readonly [extension: string]: unknown;
}

/** What an ACLED row says of an event beyond what the rest of the model holds: disorder_type, civilian_targeting, source_scale, tags, the types of the two main actors (inter1, inter2), ACLED's region and country names, and the event_date where the incident's time does not give it back. The event and sub-event type are the incident's IncidentType, the actors its parties, the dates and places its time and location, the fatalities its casualty figures. Rules: no disorder type or tag is listed twice; the source scale, tags, region and country are trimmed and not blank; an inter2 needs an inter1. The incident checks that the event date lies within its time. */
export interface AcledCoding {
  /** ACLED's disorder_type, one or two of them */
  readonly disorder_types?: readonly DisorderType[];
  /** Whether ACLED marks the event as targeting civilians (civilian_targeting is "Civilian targeting"). False unless set. */
  readonly civilian_targeting?: boolean;
  /** ACLED's source_scale, as written: "National", "Subnational-National" */
  readonly source_scale?: Text;
  /** ACLED's tags, one by one: "crowd size=no report" */
  readonly tags?: readonly Text[];
  /** ACLED's inter1: the type of the main actor on side A */
  readonly inter1?: AcledActorType;
  /** ACLED's inter2: the type of the main actor on side B */
  readonly inter2?: AcledActorType;
  /** ACLED's region, as written: "Europe", "Middle East" */
  readonly region?: Text;
  /** ACLED's country, as written: "Ukraine", "Democratic Republic of Congo" (the location's country is the ISO code) */
  readonly country?: Text;
  /** ACLED's event_date where the incident's time does not give it back: a time of month precision spans the calendar month, and this is the day ACLED wrote (ACLED uses the middle of the month). Absent for a day or a week, whose date is the span's first or middle day. */
  readonly event_date?: Date;
  /** Extensions: unknown properties, kept (any JSON value but null). */
  readonly [extension: string]: unknown;
}

/** What a UCDP GED row says of an event beyond what the rest of the model holds: the conflict, dyad and sides it belongs to, by UCDP's ids and names, relid, active_year, event_clarity, code_status, the sources as UCDP lists them, the country and region as UCDP names and numbers them, and the low and high totals of deaths. The type of violence is the incident's ViolenceType, the sides' names its parties, the deaths by side its casualty figures (which add up to UCDP's best), the dates and the place its time and location. Rules: ids, counts and totals are not negative; the texts are trimmed and not blank; the low total is at most the high one. */
export interface UcdpCoding {
  /** UCDP's conflict_new_id: the conflict the event belongs to */
  readonly conflict_id?: Count;
  /** UCDP's dyad_new_id: the pair of sides */
  readonly dyad_id?: Count;
  /** UCDP's event_clarity */
  readonly event_clarity?: EventClarity;
  /** UCDP's code_status, as written: "Clear", "Check dyad" */
  readonly code_status?: Text;
  /** UCDP's number_of_sources */
  readonly number_of_sources?: Count;
  /** UCDP's relid: the row's id among UCDP's releases, "UKR-2022-1-1234-56" */
  readonly relid?: Text;
  /** UCDP's active_year: whether the event belongs to a dyad's year with at least 25 deaths */
  readonly active_year?: boolean;
  /** UCDP's conflict_dset_id: the conflict's id in UCDP's conflict datasets */
  readonly conflict_dataset_id?: Count;
  /** UCDP's conflict_name: "Russia - Ukraine" */
  readonly conflict_name?: Text;
  /** UCDP's dyad_dset_id: the dyad's id in UCDP's dyadic datasets */
  readonly dyad_dataset_id?: Count;
  /** UCDP's dyad_name: "Government of Russia (Soviet Union) - Government of Ukraine" */
  readonly dyad_name?: Text;
  /** UCDP's side_a_new_id: side A's actor id */
  readonly side_a_id?: Count;
  /** UCDP's side_a_dset_id: side A's id in UCDP's actor datasets */
  readonly side_a_dataset_id?: Count;
  /** UCDP's side_b_new_id: side B's actor id */
  readonly side_b_id?: Count;
  /** UCDP's side_b_dset_id: side B's id in UCDP's actor datasets */
  readonly side_b_dataset_id?: Count;
  /** UCDP's gwnoa: side A's Gleditsch-Ward country codes, as written: "365" */
  readonly gwno_a?: Text;
  /** UCDP's gwnob: side B's Gleditsch-Ward country codes, as written */
  readonly gwno_b?: Text;
  /** UCDP's source_article: the articles the event is coded from, as written */
  readonly source_article?: Text;
  /** UCDP's source_office: the agencies or outlets, as written */
  readonly source_office?: Text;
  /** UCDP's source_date: the articles' dates, as written */
  readonly source_date?: Text;
  /** UCDP's source_headline: the articles' headlines, as written */
  readonly source_headline?: Text;
  /** UCDP's source_original: who the articles cite, as written */
  readonly source_original?: Text;
  /** UCDP's country, as written: "Russia (Soviet Union)" */
  readonly country?: Text;
  /** UCDP's country_id: the country's Gleditsch-Ward code, 365 for Russia */
  readonly country_id?: Count;
  /** UCDP's region, as written: "Europe" */
  readonly region?: Text;
  /** UCDP's low: the lowest total of deaths the sources support, not split by side */
  readonly deaths_low?: Count;
  /** UCDP's high: the highest total of deaths the sources support, not split by side */
  readonly deaths_high?: Count;
  /** Extensions: unknown properties, kept (any JSON value but null). */
  readonly [extension: string]: unknown;
}

/** The fate of one kind of weapon in an attack wave: how many were launched, how many were stopped (intercepted, shot down, suppressed) and how, how many hit, as someone reports it. Rules: the stopped and hit figures are each no larger than the launched one, and together no larger than it, where their bounds are known; a share of 'none' stopped goes with no stopped figure above zero, a share of 'all' with no hit figure above zero; no method or interceptor is listed twice; the phrase is trimmed and not blank. */
export interface Engagement {
  /** The kind of weapon: drones, cruise missiles, glide bombs */
  readonly means: Means;
  /** How many were launched or fired: "launched 48", "over two dozen drones" */
  readonly launched?: Estimate;
  /** How many were stopped: intercepted, shot down, suppressed, "intercepted 44" */
  readonly stopped?: Estimate;
  /** The share stopped, where the report gives words instead of a number: "most of them" */
  readonly stopped_share?: Proportion;
  /** How many reached a target or struck: "four hit their targets" */
  readonly hit?: Estimate;
  /** How they were stopped: air defence, electronic warfare, fighter aircraft */
  readonly methods?: readonly InterceptionMethod[];
  /** Who stopped them, where the report says: "the air force", "a mobile fire group" */
  readonly interceptors?: readonly Actor[];
  /** The claim in the same report that gives these figures */
  readonly claim?: ClaimId;
  /** The words as reported: "launched 48, intercepted 44" */
  readonly phrase?: Text;
  /** Extensions: unknown properties, kept (any JSON value but null). */
  readonly [extension: string]: unknown;
}

/** Where a Location is relative to another place, as the report puts it: "southeast of the Russian capital", "20 km from the border", "near the front line". Rules: the reference and the phrase are trimmed and not blank. */
export interface RelativePosition {
  /** The direction from the reference place, where given */
  readonly direction?: CompassDirection;
  /** The distance from the reference place in kilometres, where given: "20 km" */
  readonly distance_km?: Estimate;
  /** The place it is relative to, as reported: "the Russian capital", "the front line" */
  readonly reference: Text;
  /** The words as reported: "southeast of the Russian capital" */
  readonly phrase?: Text;
  /** Extensions: unknown properties, kept (any JSON value but null). */
  readonly [extension: string]: unknown;
}

/** A typed link from one Incident to another, in the same report or in another: the same event, possibly the same, a part of it, a follow-up of it, and who says so. Rules: an incident or a global id (or both). The report refuses a link whose incident or claim is not in it, a link whose incident has another global id than the link's, and an incident that links to itself. */
export interface IncidentLink {
  /** How the incident is related to the other */
  readonly relation: IncidentRelation;
  /** The other incident, in the same report */
  readonly incident?: IncidentId;
  /** The other incident, in another report, by its global id */
  readonly global_id?: GlobalId;
  /** The claim that asserts the link; none if the recorder asserts it */
  readonly claim?: ClaimId;
  /** Extensions: unknown properties, kept (any JSON value but null). */
  readonly [extension: string]: unknown;
}

/** A verification assessment of a Claim: who assessed it, when, with what result, by which methods, in their words. Rules: the statement is trimmed and not blank; no method is listed twice. */
export interface Assessment {
  /** Who assessed the claim: the publisher, a fact-checker, the recorder */
  readonly assessor: Actor;
  /** When it was assessed */
  readonly assessed_on?: ReportedTime;
  /** What the assessor found */
  readonly result: VerificationStatus;
  /** How the claim was checked */
  readonly methods?: readonly VerificationMethod[];
  /** The assessment in the assessor's words: "could not independently verify" */
  readonly statement?: Text;
  /** Extensions: unknown properties, kept (any JSON value but null). */
  readonly [extension: string]: unknown;
}

/** Material attached to a Claim: a photo, a video, a document, with where it is, an archived copy, a digest of its content and when it was captured. Rules: a URL, an archive URL or a content hash (at least one), so that the material can be found or checked; URLs are absolute http(s); the description is trimmed and not blank. */
export interface Evidence {
  /** What kind of material */
  readonly kind: EvidenceKind;
  /** Where it was published */
  readonly url?: HttpUrl;
  /** An archived copy: the Wayback Machine, archive.today */
  readonly archive_url?: HttpUrl;
  /** A digest of the file's content */
  readonly hash?: ContentHash;
  /** When it was captured or archived */
  readonly captured_at?: DateTime;
  /** What it shows */
  readonly description?: Text;
  /** Extensions: unknown properties, kept (any JSON value but null). */
  readonly [extension: string]: unknown;
}

/** A digest of a file's content, so that a copy can be checked against the evidence that was seen: ContentHash.of(HashAlgorithm.SHA_256, "9f86d081..."). Rules: the digest is lowercase hexadecimal, of the algorithm's length (64 digits for SHA-256). */
export interface ContentHash {
  /** The hash function */
  readonly algorithm: HashAlgorithm;
  /** The digest, in lowercase hexadecimal */
  readonly hex: HexDigest;
  /** Extensions: unknown properties, kept (any JSON value but null). */
  readonly [extension: string]: unknown;
}

/** Who or what coded a record (an incident, a claim, a casualty figure), when, and how confident they were: the provenance of the coding, separate from the provenance of the facts (the claims). Rules: the model is trimmed and not blank; the probability is from 0 to 1; a model and a probability belong to a program's coding, so a coding by 'human' has neither. */
export interface Coding {
  /** How the record was coded: by a person, a program, or both */
  readonly method: CodingMethod;
  /** Who coded it: a person, a team, an organisation */
  readonly coder?: Actor;
  /** The program that coded it, with its version: "viina-bert-2.1" */
  readonly model?: Text;
  /** The program's probability for what it coded, from 0 to 1 */
  readonly probability?: Probability;
  /** When it was coded */
  readonly coded_at?: DateTime;
  /** How confident the coder is */
  readonly confidence?: Confidence;
  /** Extensions: unknown properties, kept (any JSON value but null). */
  readonly [extension: string]: unknown;
}

/** How confident the coder of a record is in it: a score from 0 to 100 (STIX 2.1's confidence), a level in words, or both. Separate from verification: a claim can be unverified and coded with high confidence that it was made. Rules: a score or a level (or both); the score is from 0 to 100; with both, the score is in the level's range on STIX's "None / Low / Med / High" scale (ConfidenceLevel). */
export interface Confidence {
  /** The score, from 0 (none) to 100 (certain) */
  readonly score?: ConfidenceScore;
  /** The confidence in words */
  readonly level?: ConfidenceLevel;
  /** Extensions: unknown properties, kept (any JSON value but null). */
  readonly [extension: string]: unknown;
}

/** Agency copy: the news agency whose story a Report republishes, with the agency's own address and time and the byline as printed. Rules: the byline is trimmed and not blank; the URL is absolute http(s). */
export interface Syndication {
  /** The agency: AP, AFP, Reuters */
  readonly agency: Actor;
  /** The agency's own copy of the story */
  readonly url?: HttpUrl;
  /** When the agency published it */
  readonly published_at?: DateTime;
  /** The byline as printed: "By Hanna Arhirova, AP" */
  readonly byline?: Text;
  /** Extensions: unknown properties, kept (any JSON value but null). */
  readonly [extension: string]: unknown;
}

/** Another outlet that ran the same story as a Report: who, where, when, under which headline. GDELT links one event to its many mentions; this links one report to the other publications of its story. Rules: the headline is trimmed and not blank; the URL is absolute http(s). */
export interface Publication {
  /** The outlet */
  readonly publisher: Actor;
  /** Where it ran */
  readonly url?: HttpUrl;
  /** When it ran */
  readonly published_at?: DateTime;
  /** Its headline there */
  readonly headline?: Text;
  /** Extensions: unknown properties, kept (any JSON value but null). */
  readonly [extension: string]: unknown;
}

/** The licence and attribution terms of a report or record, as STIX markings and HDX datasets carry them: an SPDX licence id, the licence's address, and the attribution the terms ask for. Rules: an SPDX id or a URL (or both); the SPDX id is a licence id or a LicenseRef- (letters, digits, . - +, at most 64 characters; not checked against the SPDX list, which grows); the URL is absolute http(s); the attribution is trimmed and not blank. */
export interface Licence {
  /** The SPDX licence id: "CC-BY-4.0" */
  readonly spdx_id?: SpdxId;
  /** Where the terms are */
  readonly url?: HttpUrl;
  /** The attribution the terms ask for, as it should be printed */
  readonly attribution?: Text;
  /** Extensions: unknown properties, kept (any JSON value but null). */
  readonly [extension: string]: unknown;
}

/** A feed record that takes a report out: "record X is withdrawn", as ACLED's list of deleted events and STIX 2.1's revoked say it. A consumer that applies it (see ReportLedger) drops the report and ignores it if it arrives again. Rules: the schema version is MAJOR.MINOR of the major version this library reads (as a report's); the reason is trimmed and not blank; a report is not replaced by itself. */
export interface Withdrawal {
  /** The report withdrawn */
  readonly withdraws: ReportId;
  /** The version of the Sitrep schema the record follows, MAJOR.MINOR, as a report's: any 1.y is accepted, another major version refused. */
  readonly schema_version: SchemaVersion;
  /** Why it is withdrawn */
  readonly kind: WithdrawalKind;
  /** When it was withdrawn */
  readonly withdrawn_at: DateTime;
  /** Who withdrew it: the publisher, the dataset, the recorder */
  readonly by?: Actor;
  /** The reason, in their words: "published in error" */
  readonly reason?: Text;
  /** The report that replaces it, if one does */
  readonly replaced_by?: ReportId;
  /** Extensions: unknown properties, kept (any JSON value but null). */
  readonly [extension: string]: unknown;
}

/** The ISO 4217 codes the Java reader accepts (the JDK's java.util.Currency data). */
export const CURRENCIES: ReadonlySet<string> = new Set(["ADP", "AED", "AFA", "AFN", "ALL", "AMD", "ANG", "AOA", "ARS", "ATS", "AUD", "AWG", "AYM", "AZM", "AZN", "BAM", "BBD", "BDT", "BEF", "BGL", "BGN", "BHD", "BIF", "BMD", "BND", "BOB", "BOV", "BRL", "BSD", "BTN", "BWP", "BYB", "BYN", "BYR", "BZD", "CAD", "CDF", "CHE", "CHF", "CHW", "CLF", "CLP", "CNY", "COP", "COU", "CRC", "CSD", "CUC", "CUP", "CVE", "CYP", "CZK", "DEM", "DJF", "DKK", "DOP", "DZD", "EEK", "EGP", "ERN", "ESP", "ETB", "EUR", "FIM", "FJD", "FKP", "FRF", "GBP", "GEL", "GHC", "GHS", "GIP", "GMD", "GNF", "GRD", "GTQ", "GWP", "GYD", "HKD", "HNL", "HRK", "HTG", "HUF", "IDR", "IEP", "ILS", "INR", "IQD", "IRR", "ISK", "ITL", "JMD", "JOD", "JPY", "KES", "KGS", "KHR", "KMF", "KPW", "KRW", "KWD", "KYD", "KZT", "LAK", "LBP", "LKR", "LRD", "LSL", "LTL", "LUF", "LVL", "LYD", "MAD", "MDL", "MGA", "MGF", "MKD", "MMK", "MNT", "MOP", "MRO", "MRU", "MTL", "MUR", "MVR", "MWK", "MXN", "MXV", "MYR", "MZM", "MZN", "NAD", "NGN", "NIO", "NLG", "NOK", "NPR", "NZD", "OMR", "PAB", "PEN", "PGK", "PHP", "PKR", "PLN", "PTE", "PYG", "QAR", "ROL", "RON", "RSD", "RUB", "RUR", "RWF", "SAR", "SBD", "SCR", "SDD", "SDG", "SEK", "SGD", "SHP", "SIT", "SKK", "SLE", "SLL", "SOS", "SRD", "SRG", "SSP", "STD", "STN", "SVC", "SYP", "SZL", "THB", "TJS", "TMM", "TMT", "TND", "TOP", "TPE", "TRL", "TRY", "TTD", "TWD", "TZS", "UAH", "UGX", "USD", "USN", "USS", "UYI", "UYU", "UZS", "VEB", "VED", "VEF", "VES", "VND", "VUV", "WST", "XAF", "XAG", "XAU", "XBA", "XBB", "XBC", "XBD", "XCD", "XCG", "XDR", "XFO", "XFU", "XOF", "XPD", "XPF", "XPT", "XSU", "XTS", "XUA", "XXX", "YER", "YUM", "ZAR", "ZMK", "ZMW", "ZWD", "ZWG", "ZWL", "ZWN", "ZWR"]);

/** The wire definition, as the hand-written checks interpret it: type -> property -> [cardinality, kind, schema name]. */
export const WIRE: Readonly<Record<string, Readonly<Record<string, readonly [string, string, string]>>>> = {
  Report: {
    id: ["REQUIRED", "TEXT", "ReportId"],
    schema_version: ["REQUIRED", "SCHEMA_VERSION", "SchemaVersion"],
    headline: ["OPTIONAL", "TEXT", "Text"],
    publisher: ["OPTIONAL", "OBJECT", "Actor"],
    url: ["OPTIONAL", "TEXT", "HttpUrl"],
    published_at: ["OPTIONAL", "TEXT", "DateTime"],
    published_on: ["OPTIONAL", "TEXT", "Date"],
    modified_at: ["OPTIONAL", "TEXT", "DateTime"],
    supersedes: ["LIST", "TEXT", "ReportId"],
    retrieved_at: ["OPTIONAL", "TEXT", "DateTime"],
    language: ["OPTIONAL", "TEXT", "LanguageTag"],
    tlp: ["OPTIONAL", "CLOSED_CODE", "Tlp"],
    licence: ["OPTIONAL", "OBJECT", "Licence"],
    authors: ["LIST", "OBJECT", "Actor"],
    syndication: ["OPTIONAL", "OBJECT", "Syndication"],
    other_publications: ["LIST", "OBJECT", "Publication"],
    posts: ["LIST", "OBJECT", "EmbeddedPost"],
    incidents: ["LIST", "OBJECT", "Incident"],
    claims: ["LIST", "OBJECT", "Claim"],
    aid_packages: ["LIST", "OBJECT", "AidPackage"],
  },
  Incident: {
    id: ["REQUIRED", "TEXT", "IncidentId"],
    global_id: ["OPTIONAL", "TEXT", "GlobalId"],
    type: ["REQUIRED", "OPEN_CODE", "IncidentType"],
    time: ["OPTIONAL", "OBJECT", "ReportedTime"],
    location: ["OPTIONAL", "OBJECT", "Location"],
    means: ["LIST", "OPEN_CODE", "Means"],
    quantity: ["OPTIONAL", "OBJECT", "Estimate"],
    engagements: ["LIST", "OBJECT", "Engagement"],
    outcome: ["REQUIRED", "OPEN_CODE", "IncidentOutcome"],
    violence_type: ["OPTIONAL", "CLOSED_CODE", "ViolenceType"],
    parties: ["LIST", "OBJECT", "Party"],
    sites: ["LIST", "OBJECT", "Site"],
    damage: ["LIST", "OBJECT", "Damage"],
    casualties: ["LIST", "OBJECT", "Casualty"],
    summary: ["OPTIONAL", "TEXT", "Text"],
    claims: ["LIST", "TEXT", "ClaimId"],
    links: ["LIST", "OBJECT", "IncidentLink"],
    records: ["LIST", "OBJECT", "DatasetRecord"],
    acled: ["OPTIONAL", "OBJECT", "AcledCoding"],
    ucdp: ["OPTIONAL", "OBJECT", "UcdpCoding"],
    coding: ["OPTIONAL", "OBJECT", "Coding"],
    tlp: ["OPTIONAL", "CLOSED_CODE", "Tlp"],
    licence: ["OPTIONAL", "OBJECT", "Licence"],
  },
  Claim: {
    id: ["REQUIRED", "TEXT", "ClaimId"],
    source: ["REQUIRED", "OBJECT", "Actor"],
    channel: ["OPTIONAL", "OBJECT", "Channel"],
    made_on: ["OPTIONAL", "OBJECT", "ReportedTime"],
    statement: ["OPTIONAL", "TEXT", "Text"],
    quote: ["OPTIONAL", "TEXT", "Text"],
    kind: ["REQUIRED", "OPEN_CODE", "ClaimKind"],
    verification: ["REQUIRED", "CLOSED_CODE", "VerificationStatus"],
    about_incidents: ["LIST", "TEXT", "IncidentId"],
    about_casualties: ["LIST", "TEXT", "CasualtyId"],
    about_aid_packages: ["LIST", "TEXT", "AidPackageId"],
    about_claims: ["LIST", "TEXT", "ClaimId"],
    post: ["OPTIONAL", "TEXT", "PostId"],
    silent_on: ["LIST", "OPEN_CODE", "ClaimTopic"],
    assessments: ["LIST", "OBJECT", "Assessment"],
    evidence: ["LIST", "OBJECT", "Evidence"],
    coding: ["OPTIONAL", "OBJECT", "Coding"],
  },
  AidPackage: {
    id: ["REQUIRED", "TEXT", "AidPackageId"],
    donor: ["REQUIRED", "OBJECT", "Actor"],
    recipient: ["REQUIRED", "OBJECT", "Actor"],
    announced_on: ["OPTIONAL", "OBJECT", "ReportedTime"],
    category: ["REQUIRED", "OPEN_CODE", "AidCategory"],
    value: ["OPTIONAL", "OBJECT", "MonetaryValue"],
    items: ["LIST", "OBJECT", "AidItem"],
    expected_delivery: ["OPTIONAL", "OBJECT", "ReportedTime"],
    stage: ["REQUIRED", "OPEN_CODE", "AidStage"],
    related: ["LIST", "TEXT", "AidPackageId"],
    claims: ["LIST", "TEXT", "ClaimId"],
    summary: ["OPTIONAL", "TEXT", "Text"],
  },
  Location: {
    name: ["OPTIONAL", "TEXT", "Text"],
    alternate_names: ["LIST", "OBJECT", "PlaceName"],
    country: ["OPTIONAL", "TEXT", "CountryCode"],
    admin1: ["OPTIONAL", "OBJECT", "AdminArea"],
    admin2: ["OPTIONAL", "OBJECT", "AdminArea"],
    admin3: ["OPTIONAL", "OBJECT", "AdminArea"],
    point: ["OPTIONAL", "OBJECT", "GeoPoint"],
    precision: ["REQUIRED", "CLOSED_CODE", "GeoPrecision"],
    control: ["OPTIONAL", "OBJECT", "DeFactoControl"],
    gazetteer_ids: ["LIST", "OBJECT", "GazetteerRef"],
    relative_to: ["OPTIONAL", "OBJECT", "RelativePosition"],
    description: ["OPTIONAL", "TEXT", "Text"],
  },
  Casualty: {
    id: ["REQUIRED", "TEXT", "CasualtyId"],
    global_id: ["OPTIONAL", "TEXT", "GlobalId"],
    outcome: ["REQUIRED", "OPEN_CODE", "CasualtyOutcome"],
    population: ["REQUIRED", "OPEN_CODE", "PopulationGroup"],
    side: ["OPTIONAL", "CLOSED_CODE", "DyadSide"],
    count: ["REQUIRED", "OBJECT", "Estimate"],
    breakdown: ["LIST", "OBJECT", "CasualtyGroup"],
    condition: ["OPTIONAL", "OPEN_CODE", "CasualtyCondition"],
    causes: ["LIST", "OPEN_CODE", "InjuryCause"],
    location: ["OPTIONAL", "OBJECT", "Location"],
    as_of: ["OPTIONAL", "OBJECT", "ReportedTime"],
    provisional: ["DEFAULTED", "BOOLEAN", "Boolean"],
    supersedes: ["OPTIONAL", "TEXT", "CasualtyId"],
    claim: ["OPTIONAL", "TEXT", "ClaimId"],
    coding: ["OPTIONAL", "OBJECT", "Coding"],
  },
  Estimate: {
    low: ["OPTIONAL", "INTEGER", "Count"],
    best: ["OPTIONAL", "INTEGER", "Count"],
    high: ["OPTIONAL", "INTEGER", "Count"],
    qualifier: ["REQUIRED", "CLOSED_CODE", "EstimateQualifier"],
    phrase: ["OPTIONAL", "TEXT", "Text"],
  },
  ReportedTime: {
    start: ["REQUIRED", "TEXT", "Date"],
    end: ["REQUIRED", "TEXT", "Date"],
    instant: ["OPTIONAL", "TEXT", "DateTime"],
    precision: ["REQUIRED", "CLOSED_CODE", "TimePrecision"],
    part_of_day: ["OPTIONAL", "CLOSED_CODE", "PartOfDay"],
    clock_time: ["OPTIONAL", "TEXT", "ClockTime"],
    equivalents: ["LIST", "TEXT", "DateTime"],
    anchor: ["OPTIONAL", "CLOSED_CODE", "TimeAnchor"],
    phrase: ["OPTIONAL", "TEXT", "Text"],
  },
  Money: {
    amount: ["REQUIRED", "TEXT", "DecimalAmount"],
    currency: ["REQUIRED", "TEXT", "CurrencyCode"],
  },
  MonetaryValue: {
    amount: ["REQUIRED", "OBJECT", "Money"],
    qualifier: ["REQUIRED", "CLOSED_CODE", "EstimateQualifier"],
    equivalents: ["LIST", "OBJECT", "Money"],
    phrase: ["OPTIONAL", "TEXT", "Text"],
  },
  Actor: {
    name: ["REQUIRED", "TEXT", "Text"],
    kind: ["REQUIRED", "OPEN_CODE", "ActorKind"],
    role: ["OPTIONAL", "TEXT", "Text"],
    country: ["OPTIONAL", "TEXT", "CountryCode"],
    affiliation: ["OPTIONAL", "TEXT", "Text"],
    handle: ["OPTIONAL", "TEXT", "Handle"],
    url: ["OPTIONAL", "TEXT", "HttpUrl"],
  },
  Channel: {
    kind: ["REQUIRED", "OPEN_CODE", "ChannelKind"],
    name: ["OPTIONAL", "TEXT", "Text"],
    url: ["OPTIONAL", "TEXT", "HttpUrl"],
  },
  PlaceName: {
    name: ["REQUIRED", "TEXT", "Text"],
    language: ["OPTIONAL", "TEXT", "LanguageTag"],
  },
  AdminArea: {
    name: ["REQUIRED", "TEXT", "Text"],
    iso_code: ["OPTIONAL", "TEXT", "SubdivisionCode"],
    alternate_names: ["LIST", "OBJECT", "PlaceName"],
  },
  GeoPoint: {
    latitude: ["REQUIRED", "NUMBER", "Latitude"],
    longitude: ["REQUIRED", "NUMBER", "Longitude"],
  },
  DeFactoControl: {
    controller: ["REQUIRED", "OBJECT", "Actor"],
    as_of: ["OPTIONAL", "OBJECT", "ReportedTime"],
    claim: ["OPTIONAL", "TEXT", "ClaimId"],
    phrase: ["OPTIONAL", "TEXT", "Text"],
  },
  GazetteerRef: {
    scheme: ["REQUIRED", "OPEN_CODE", "GazetteerScheme"],
    id: ["REQUIRED", "TEXT", "GazetteerId"],
  },
  Party: {
    actor: ["REQUIRED", "OBJECT", "Actor"],
    role: ["REQUIRED", "OPEN_CODE", "PartyRole"],
    side: ["OPTIONAL", "CLOSED_CODE", "DyadSide"],
    claim: ["OPTIONAL", "TEXT", "ClaimId"],
    phrase: ["OPTIONAL", "TEXT", "Text"],
  },
  Site: {
    kind: ["REQUIRED", "OPEN_CODE", "SiteKind"],
    role: ["OPTIONAL", "OPEN_CODE", "SiteRole"],
    description: ["OPTIONAL", "TEXT", "Text"],
  },
  Damage: {
    kind: ["REQUIRED", "OPEN_CODE", "DamageKind"],
    object: ["REQUIRED", "TEXT", "Text"],
    count: ["OPTIONAL", "OBJECT", "Estimate"],
    cause: ["OPTIONAL", "TEXT", "Text"],
    cause_type: ["OPTIONAL", "OPEN_CODE", "DamageCause"],
  },
  CasualtyGroup: {
    group: ["REQUIRED", "OPEN_CODE", "Demographic"],
    count: ["REQUIRED", "OBJECT", "Estimate"],
  },
  AidItem: {
    description: ["REQUIRED", "TEXT", "Text"],
    category: ["REQUIRED", "OPEN_CODE", "ItemCategory"],
    quantity: ["OPTIONAL", "OBJECT", "Estimate"],
    platform: ["OPTIONAL", "TEXT", "Text"],
  },
  EmbeddedPost: {
    id: ["REQUIRED", "TEXT", "PostId"],
    author: ["REQUIRED", "OBJECT", "Actor"],
    platform: ["REQUIRED", "TEXT", "Text"],
    url: ["OPTIONAL", "TEXT", "HttpUrl"],
    posted_on: ["OPTIONAL", "OBJECT", "ReportedTime"],
    text: ["OPTIONAL", "TEXT", "Text"],
    links: ["LIST", "TEXT", "HttpUrl"],
  },
  DatasetRecord: {
    scheme: ["REQUIRED", "OPEN_CODE", "DatasetScheme"],
    id: ["REQUIRED", "TEXT", "DatasetRecordId"],
    updated_at: ["OPTIONAL", "TEXT", "DateTime"],
  },
  AcledCoding: {
    disorder_types: ["LIST", "CLOSED_CODE", "DisorderType"],
    civilian_targeting: ["DEFAULTED", "BOOLEAN", "Boolean"],
    source_scale: ["OPTIONAL", "TEXT", "Text"],
    tags: ["LIST", "TEXT", "Text"],
    inter1: ["OPTIONAL", "CLOSED_CODE", "AcledActorType"],
    inter2: ["OPTIONAL", "CLOSED_CODE", "AcledActorType"],
    region: ["OPTIONAL", "TEXT", "Text"],
    country: ["OPTIONAL", "TEXT", "Text"],
    event_date: ["OPTIONAL", "TEXT", "Date"],
  },
  UcdpCoding: {
    conflict_id: ["OPTIONAL", "INTEGER", "Count"],
    dyad_id: ["OPTIONAL", "INTEGER", "Count"],
    event_clarity: ["OPTIONAL", "CLOSED_CODE", "EventClarity"],
    code_status: ["OPTIONAL", "TEXT", "Text"],
    number_of_sources: ["OPTIONAL", "INTEGER", "Count"],
    relid: ["OPTIONAL", "TEXT", "Text"],
    active_year: ["OPTIONAL", "BOOLEAN", "Boolean"],
    conflict_dataset_id: ["OPTIONAL", "INTEGER", "Count"],
    conflict_name: ["OPTIONAL", "TEXT", "Text"],
    dyad_dataset_id: ["OPTIONAL", "INTEGER", "Count"],
    dyad_name: ["OPTIONAL", "TEXT", "Text"],
    side_a_id: ["OPTIONAL", "INTEGER", "Count"],
    side_a_dataset_id: ["OPTIONAL", "INTEGER", "Count"],
    side_b_id: ["OPTIONAL", "INTEGER", "Count"],
    side_b_dataset_id: ["OPTIONAL", "INTEGER", "Count"],
    gwno_a: ["OPTIONAL", "TEXT", "Text"],
    gwno_b: ["OPTIONAL", "TEXT", "Text"],
    source_article: ["OPTIONAL", "TEXT", "Text"],
    source_office: ["OPTIONAL", "TEXT", "Text"],
    source_date: ["OPTIONAL", "TEXT", "Text"],
    source_headline: ["OPTIONAL", "TEXT", "Text"],
    source_original: ["OPTIONAL", "TEXT", "Text"],
    country: ["OPTIONAL", "TEXT", "Text"],
    country_id: ["OPTIONAL", "INTEGER", "Count"],
    region: ["OPTIONAL", "TEXT", "Text"],
    deaths_low: ["OPTIONAL", "INTEGER", "Count"],
    deaths_high: ["OPTIONAL", "INTEGER", "Count"],
  },
  Engagement: {
    means: ["REQUIRED", "OPEN_CODE", "Means"],
    launched: ["OPTIONAL", "OBJECT", "Estimate"],
    stopped: ["OPTIONAL", "OBJECT", "Estimate"],
    stopped_share: ["OPTIONAL", "CLOSED_CODE", "Proportion"],
    hit: ["OPTIONAL", "OBJECT", "Estimate"],
    methods: ["LIST", "OPEN_CODE", "InterceptionMethod"],
    interceptors: ["LIST", "OBJECT", "Actor"],
    claim: ["OPTIONAL", "TEXT", "ClaimId"],
    phrase: ["OPTIONAL", "TEXT", "Text"],
  },
  RelativePosition: {
    direction: ["OPTIONAL", "CLOSED_CODE", "CompassDirection"],
    distance_km: ["OPTIONAL", "OBJECT", "Estimate"],
    reference: ["REQUIRED", "TEXT", "Text"],
    phrase: ["OPTIONAL", "TEXT", "Text"],
  },
  IncidentLink: {
    relation: ["REQUIRED", "OPEN_CODE", "IncidentRelation"],
    incident: ["OPTIONAL", "TEXT", "IncidentId"],
    global_id: ["OPTIONAL", "TEXT", "GlobalId"],
    claim: ["OPTIONAL", "TEXT", "ClaimId"],
  },
  Assessment: {
    assessor: ["REQUIRED", "OBJECT", "Actor"],
    assessed_on: ["OPTIONAL", "OBJECT", "ReportedTime"],
    result: ["REQUIRED", "CLOSED_CODE", "VerificationStatus"],
    methods: ["LIST", "OPEN_CODE", "VerificationMethod"],
    statement: ["OPTIONAL", "TEXT", "Text"],
  },
  Evidence: {
    kind: ["REQUIRED", "OPEN_CODE", "EvidenceKind"],
    url: ["OPTIONAL", "TEXT", "HttpUrl"],
    archive_url: ["OPTIONAL", "TEXT", "HttpUrl"],
    hash: ["OPTIONAL", "OBJECT", "ContentHash"],
    captured_at: ["OPTIONAL", "TEXT", "DateTime"],
    description: ["OPTIONAL", "TEXT", "Text"],
  },
  ContentHash: {
    algorithm: ["REQUIRED", "CLOSED_CODE", "HashAlgorithm"],
    hex: ["REQUIRED", "TEXT", "HexDigest"],
  },
  Coding: {
    method: ["REQUIRED", "OPEN_CODE", "CodingMethod"],
    coder: ["OPTIONAL", "OBJECT", "Actor"],
    model: ["OPTIONAL", "TEXT", "Text"],
    probability: ["OPTIONAL", "NUMBER", "Probability"],
    coded_at: ["OPTIONAL", "TEXT", "DateTime"],
    confidence: ["OPTIONAL", "OBJECT", "Confidence"],
  },
  Confidence: {
    score: ["OPTIONAL", "INTEGER", "ConfidenceScore"],
    level: ["OPTIONAL", "CLOSED_CODE", "ConfidenceLevel"],
  },
  Syndication: {
    agency: ["REQUIRED", "OBJECT", "Actor"],
    url: ["OPTIONAL", "TEXT", "HttpUrl"],
    published_at: ["OPTIONAL", "TEXT", "DateTime"],
    byline: ["OPTIONAL", "TEXT", "Text"],
  },
  Publication: {
    publisher: ["REQUIRED", "OBJECT", "Actor"],
    url: ["OPTIONAL", "TEXT", "HttpUrl"],
    published_at: ["OPTIONAL", "TEXT", "DateTime"],
    headline: ["OPTIONAL", "TEXT", "Text"],
  },
  Licence: {
    spdx_id: ["OPTIONAL", "TEXT", "SpdxId"],
    url: ["OPTIONAL", "TEXT", "HttpUrl"],
    attribution: ["OPTIONAL", "TEXT", "Text"],
  },
  Withdrawal: {
    withdraws: ["REQUIRED", "TEXT", "ReportId"],
    schema_version: ["REQUIRED", "SCHEMA_VERSION", "SchemaVersion"],
    kind: ["REQUIRED", "OPEN_CODE", "WithdrawalKind"],
    withdrawn_at: ["REQUIRED", "TEXT", "DateTime"],
    by: ["OPTIONAL", "OBJECT", "Actor"],
    reason: ["OPTIONAL", "TEXT", "Text"],
    replaced_by: ["OPTIONAL", "TEXT", "ReportId"],
  },
};
