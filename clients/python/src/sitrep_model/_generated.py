# Generated from org.sitrep.wire.WireTypes by `mvn -B -q -pl wire -am test -Dsitrep.regenerate=true` (wire/src/test/java/org/sitrep/schema/ClientGenerator.java): do not edit.
"""The Sitrep wire types as pydantic v2 models (strict), and the wire definition."""

from __future__ import annotations

from typing import Annotated, Literal, Optional, Union

from pydantic import Field, StrictBool, StrictFloat, StrictInt, StrictStr, StringConstraints

from ._base import SitrepModel, known

ReportId = Annotated[StrictStr, StringConstraints(pattern="^[A-Za-z0-9][A-Za-z0-9._:~-]{0,127}$")]
"""A report's id. A token of 1 to 128 letters, digits or . _ : ~ -, starting with a letter or digit; case-sensitive. Ids are unique within a report across all kinds, and every reference resolves within the report (rules the schema cannot express)."""

SchemaVersion = Annotated[StrictStr, StringConstraints(pattern="^1\\.(0|[1-9][0-9]{0,3})$")]
"""The version of the Sitrep schema the report follows, MAJOR.MINOR. This schema reads major version 1: any 1.y, including newer minor versions; a document of another major version is refused."""

Text = Annotated[StrictStr, StringConstraints(pattern="^[^\\u0000-\\u0020\\u007F-\\u009F\\u1680\\u2000-\\u2006\\u2008-\\u200A\\u2028\\u2029\\u205F\\u3000\\uD800-\\uDFFF]([^\\u0000-\\u0008\\u000B-\\u001F\\u007F-\\u009F\\uD800-\\uDFFF]*[^\\u0000-\\u0020\\u007F-\\u009F\\u1680\\u2000-\\u2006\\u2008-\\u200A\\u2028\\u2029\\u205F\\u3000\\uD800-\\uDFFF])?$")]
"""Free text: never blank, and never padded (readers refuse it, they do not trim it). It neither starts nor ends with white space (as Java's Character.isWhitespace defines it: ASCII spaces and controls, and Unicode space, line and paragraph separators other than the no-break spaces), holds no control character (U+0000-U+001F, U+007F-U+009F) but line feeds and tabs, and no unpaired surrogate (\\ud800 alone is not Unicode text and cannot be encoded as UTF-8; with the Unicode flag of ECMA-262, as Ajv uses it, a character class matches a surrogate pair as one character beyond U+FFFF)."""

HttpUrl = Annotated[StrictStr, StringConstraints(pattern="^[Hh][Tt][Tt][Pp][Ss]?://[^/?#]")]
"""An absolute http or https URL with a host: \"https://pic.twitter.com/0yC7aX1orB\". Either an RFC 3986 URI (ASCII), or, as the Java side reads and writes them, an IRI whose path, query or fragment holds non-ASCII characters unencoded: \"https://uk.wikipedia.org/wiki/Київ\" (the host stays ASCII)."""

DateTime = Annotated[StrictStr, StringConstraints(pattern="^[0-9]{4}-[0-9]{2}-[0-9]{2}T([01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9](\\.[0-9]{1,9})?(Z|[+-]((0[0-9]|1[0-7]):[0-5][0-9]|18:00))$")]
"""An RFC 3339 / ISO-8601 date and time with its UTC offset, kept as given, in the form Sitrep writes: seconds always, a fraction of 1 to 9 digits only when there is one, upper-case T and Z, an offset within ±18:00 and never -00:00: \"2023-09-07T06:30:00+03:00\", \"2023-09-07T03:30:00Z\". Years 0000 to 9999."""

Date = Annotated[StrictStr, StringConstraints(pattern="^[0-9]{4}-[0-9]{2}-[0-9]{2}$")]
"""An ISO-8601 calendar date, yyyy-mm-dd, checked (no 30 February): \"2023-09-07\". Years 0000 to 9999."""

LanguageTag = Annotated[StrictStr, StringConstraints(pattern="^((en-GB-oed|i-ami|i-bnn|i-default|i-enochian|i-hak|i-klingon|i-lux|i-mingo|i-navajo|i-pwn|i-tao|i-tay|i-tsu|sgn-BE-FR|sgn-BE-NL|sgn-CH-DE|art-lojban|cel-gaulish|no-bok|no-nyn|zh-guoyu|zh-hakka|zh-min|zh-min-nan|zh-xiang)|(([A-Za-z]{2,3}(-[A-Za-z]{3}(-[A-Za-z]{3}){0,2})?|[A-Za-z]{4,8})(-[A-Za-z]{4})?(-([A-Za-z]{2}|[0-9]{3}))?(-([A-Za-z0-9]{5,8}|[0-9][A-Za-z0-9]{3}))*(-[0-9A-WY-Za-wy-z](-[A-Za-z0-9]{2,8})+)*(-[Xx](-[A-Za-z0-9]{1,8})+)?))$")]
"""A well-formed BCP 47 language tag (RFC 5646) that names a language: \"en-GB\", \"ru-Latn\", \"uk-Cyrl\"; not \"und\" (undetermined) nor a private-use tag alone (\"x-abc\"). Java also refuses a tag that repeats a variant or an extension singleton."""

IncidentId = Annotated[StrictStr, StringConstraints(pattern="^[A-Za-z0-9][A-Za-z0-9._:~-]{0,127}$")]
"""An incident's id, unique within its report. A token of 1 to 128 letters, digits or . _ : ~ -, starting with a letter or digit; case-sensitive. Ids are unique within a report across all kinds, and every reference resolves within the report (rules the schema cannot express)."""

GlobalId = Annotated[StrictStr, StringConstraints(pattern="^(?=.{3,256}$)[A-Za-z][A-Za-z0-9+.-]*:[A-Za-z0-9\\-._~:/?#\\[\\]@!$&'()*+,;=%]+$")]
"""A name for a real-world thing (an incident, a casualty figure) that stays the same across reports: a URI with a scheme, 3 to 256 characters of those URIs allow, no white space: \"urn:acled:UKR123456\", \"tag:example.org,2023:incident/1\". Case-sensitive."""

ClaimId = Annotated[StrictStr, StringConstraints(pattern="^[A-Za-z0-9][A-Za-z0-9._:~-]{0,127}$")]
"""A claim's id, unique within its report. A token of 1 to 128 letters, digits or . _ : ~ -, starting with a letter or digit; case-sensitive. Ids are unique within a report across all kinds, and every reference resolves within the report (rules the schema cannot express)."""

CasualtyId = Annotated[StrictStr, StringConstraints(pattern="^[A-Za-z0-9][A-Za-z0-9._:~-]{0,127}$")]
"""A casualty figure's id, unique within its report. A token of 1 to 128 letters, digits or . _ : ~ -, starting with a letter or digit; case-sensitive. Ids are unique within a report across all kinds, and every reference resolves within the report (rules the schema cannot express)."""

AidPackageId = Annotated[StrictStr, StringConstraints(pattern="^[A-Za-z0-9][A-Za-z0-9._:~-]{0,127}$")]
"""An aid package's id, unique within its report. A token of 1 to 128 letters, digits or . _ : ~ -, starting with a letter or digit; case-sensitive. Ids are unique within a report across all kinds, and every reference resolves within the report (rules the schema cannot express)."""

PostId = Annotated[StrictStr, StringConstraints(pattern="^[A-Za-z0-9][A-Za-z0-9._:~-]{0,127}$")]
"""An embedded post's id, unique within its report. A token of 1 to 128 letters, digits or . _ : ~ -, starting with a letter or digit; case-sensitive. Ids are unique within a report across all kinds, and every reference resolves within the report (rules the schema cannot express)."""

CountryCode = Annotated[StrictStr, StringConstraints(pattern="^[A-Z]{2}$")]
"""An ISO 3166-1 alpha-2 country code, upper case: \"UA\", \"RU\". Java also checks that the code is assigned."""

Count = Annotated[StrictInt, Field(ge=0, le=9223372036854775807)]
"""A whole number of at least zero that fits a signed 64-bit integer. Write it as a JSON integer: the Java reader refuses a fraction, an exponent or a string, although JSON Schema counts 1.0 as an integer."""

ClockTime = Annotated[StrictStr, StringConstraints(pattern="^([01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9](Z|[+-]((0[0-9]|1[0-7]):[0-5][0-9]|18:00))$")]
"""A clock time with its UTC offset, as Sitrep writes it: hours, minutes and seconds, then Z or an offset within ±18:00: \"04:30:00+03:00\"."""

DecimalAmount = Annotated[StrictStr, StringConstraints(pattern="^((0|[1-9][0-9]*)(\\.[0-9]+)?|-0(\\.0+)?)$", max_length=100)]
"""A money amount as a JSON string holding a plain decimal, never a JSON number: \"175000000\", \"12.50\". No exponent, no '+', no leading zeros, at most 100 characters; not negative (\"-0\" is zero). Trailing zeros of the fraction are kept."""

CurrencyCode = Annotated[StrictStr, StringConstraints(pattern="^[A-Z]{3}$")]
"""An ISO 4217 currency code, upper case: \"USD\". Java also checks that the currency exists."""

Handle = Annotated[StrictStr, StringConstraints(pattern="^[^\\t\\n\\u000B\\f\\r\\u001C-\\u001F \\u1680\\u2000-\\u2006\\u2008-\\u200A\\u2028\\u2029\\u205F\\u3000]+$")]
"""An account handle: \"@maria_drutska\"; not empty, no white space."""

SubdivisionCode = Annotated[StrictStr, StringConstraints(pattern="^[A-Z]{2}-[A-Z0-9]{1,3}$")]
"""An ISO 3166-2 subdivision code: a country code, a hyphen, 1 to 3 letters or digits: \"UA-14\", \"RU-MOS\"."""

Latitude = Annotated[Union[StrictFloat, StrictInt], Field(ge=-90, le=90)]
"""Degrees north of the equator, WGS84, -90 to 90."""

Longitude = Annotated[Union[StrictFloat, StrictInt], Field(ge=-180, le=180)]
"""Degrees east of Greenwich, WGS84, -180 to 180."""

GazetteerId = StrictStr
"""An id in a gazetteer; its format depends on the scheme (see GazetteerRef)."""

DatasetRecordId = Annotated[StrictStr, StringConstraints(pattern="^[^\\u0000-\\u0020\\u007F-\\u009F\\u1680\\u2000-\\u2006\\u2008-\\u200A\\u2028\\u2029\\u205F\\u3000]{1,128}$")]
"""A row's id in its dataset: ACLED's event_id_cnty (\"UKR123456\"), UCDP GED's id (\"487361\"). 1 to 128 characters without white space or control characters."""

HexDigest = Annotated[StrictStr, StringConstraints(pattern="^[0-9a-f]+$")]
"""A digest in lower-case hexadecimal, of its algorithm's length (see ContentHash)."""

Probability = Annotated[Union[StrictFloat, StrictInt], Field(ge=0, le=1)]
"""A probability from 0 to 1, as a JSON number."""

ConfidenceScore = Annotated[StrictInt, Field(ge=0, le=100)]
"""A confidence score, as STIX 2.1's: a whole number from 0 (none) to 100. Write it as a JSON integer."""

SpdxId = Annotated[StrictStr, StringConstraints(pattern="^[A-Za-z0-9][A-Za-z0-9.+-]{0,63}$")]
"""An SPDX licence id or LicenseRef: \"CC-BY-4.0\". 1 to 64 letters, digits, '.', '-' or '+', starting with a letter or digit; not checked against the SPDX list."""

Code = Annotated[StrictStr, StringConstraints(pattern="^[a-z][a-z0-9_]{0,63}$")]
"""A code of an open vocabulary: 1 to 64 lower-case ASCII letters, digits and underscores, starting with a letter."""

TlpCode = Literal["clear", "green", "amber", "amber_strict", "red"]
"""A Traffic Light Protocol 2.0 marking: who a report or record may be shared with. As STIX 2.1's TLP marking definitions and FIRST's standard define them; the wire codes are clear, green, amber, amber_strict and red. A closed vocabulary: the library carries the marking and never enforces it. A closed vocabulary: any other value is refused, in both modes. Values: 'clear': TLP:CLEAR: may be shared without restriction; 'green': TLP:GREEN: may be shared within the community, not published; 'amber': TLP:AMBER: may be shared within the recipient's organisation and its clients, as needed; 'amber_strict': TLP:AMBER+STRICT: may be shared within the recipient's organisation only; 'red': TLP:RED: for the named recipients only."""
Tlp = TlpCode

IncidentTypeCode = Literal["drone_attack", "drone_intercepted", "missile_strike", "missile_intercepted", "air_strike", "shelling", "explosive_device", "explosion", "fire", "armed_clash", "non_violent_territory_transfer", "air_or_drone_strike", "shelling_or_missile_attack", "disrupted_weapons_use", "unidentified_aerial_object_downed", "chemical_weapon", "suicide_bomb", "grenade", "government_regains_territory", "non_state_actor_overtakes_territory", "sexual_violence", "attack_on_civilians", "abduction", "peaceful_protest", "protest_with_intervention", "excessive_force_against_protesters", "violent_demonstration", "mob_violence", "agreement", "arrests", "change_to_group_activity", "base_established", "looting_or_property_destruction", "other", "unknown"]
"""What kind of event an Incident is, with its mapping to ACLED's event taxonomy, both ways. An open vocabulary: the codes below are known in schema 1.0; a tolerant reader also accepts and keeps any other code (1 to 64 lower-case letters, digits or underscores, starting with a letter). Known codes: 'drone_attack': A drone that reached its target or exploded: \"Several other drones also struck\"; 'drone_intercepted': A drone shot down, jammed or otherwise stopped: \"one drone was downed over Ramenskoye\"; 'missile_strike': A missile that reached its target: \"a Russian missile on a market\"; 'missile_intercepted': A missile shot down before reaching its target; 'air_strike': A strike by crewed aircraft; 'shelling': Artillery, mortar or rocket fire; 'explosive_device': A planted or improvised explosive device, or a mine; 'explosion': An explosion whose cause is not reported: \"three explosions took place in the city\". ACLED sub-event type depends on the cause, so it is absent; 'fire': A fire: \"a vehicle caught fire\". ACLED codes fires of unclear cause as \"Other\"; 'armed_clash': Armed clash between organised armed groups; 'non_violent_territory_transfer': Control of a place passing without a battle: Rostov-on-Don taken during Prigozhin's failed mutiny in June 2023; 'air_or_drone_strike': A drone or an aircraft strike, as ACLED's \"Air/drone strike\" codes both; 'shelling_or_missile_attack': Artillery, rocket or missile fire, as ACLED's \"Shelling/artillery/missile attack\" codes it; 'disrupted_weapons_use': A weapon stopped before it struck, whatever it was: ACLED's \"Disrupted weapons use\"; 'unidentified_aerial_object_downed': \"An unidentified aerial object was shot down\": neither a drone nor a missile is named; 'chemical_weapon': A chemical weapon used; 'suicide_bomb': A suicide bombing; 'grenade': A grenade thrown or dropped; 'government_regains_territory': A government or its forces retaking a place by force; 'non_state_actor_overtakes_territory': A non-state armed group taking a place by force; 'sexual_violence': Sexual violence against civilians; 'attack_on_civilians': Civilians attacked directly: shot, beaten, killed, not by remote means; 'abduction': Civilians abducted or made to disappear; 'peaceful_protest': A peaceful protest; 'protest_with_intervention': A protest that the authorities broke up or tried to, without excessive force; 'excessive_force_against_protesters': Protesters met with lethal or excessive force; 'violent_demonstration': A demonstration turned violent; 'mob_violence': Mob violence; 'agreement': An agreement: a ceasefire, a prisoner exchange, a peace deal; 'arrests': Arrests by state forces; 'change_to_group_activity': A group changing its name, leadership, alliance or activity; 'base_established': A headquarters or base established; 'looting_or_property_destruction': Looting or destruction of property; 'other': A strategic development of no other kind: ACLED's \"Other\"; 'unknown': An event whose kind the report does not say. No ACLED mapping."""
IncidentType = Union[IncidentTypeCode, Code]

MeansCode = Literal["drone", "missile", "rocket", "artillery", "aircraft", "explosive_device", "small_arms", "armoured_vehicle", "naval_vessel", "arson", "unknown", "fixed_wing_drone", "fpv_drone", "loitering_munition", "cruise_missile", "ballistic_missile", "glide_bomb"]
"""The means or weapon used in an incident: drone, missile, artillery. An open vocabulary: the codes below are known in schema 1.0; a tolerant reader also accepts and keeps any other code (1 to 64 lower-case letters, digits or underscores, starting with a letter). Known codes: 'drone': An uncrewed aerial vehicle, including loitering munitions: \"Ukrainian drones\"; 'missile': A guided missile, cruise or ballistic: \"a Russian missile\"; 'rocket': An unguided or multiple-launch rocket; 'artillery': Tube artillery and mortars: shelling; 'aircraft': A crewed aircraft: air strikes, glide bombs; 'explosive_device': A planted or improvised explosive device, a mine; 'small_arms': Small arms and light weapons; 'armoured_vehicle': Tanks and other armoured vehicles; 'naval_vessel': A ship or an uncrewed surface vessel; 'arson': Fire set on purpose; 'unknown': Not reported; 'fixed_wing_drone': A fixed-wing uncrewed aircraft: long-range attack drones; 'fpv_drone': A first-person-view drone: a small, piloted attack drone; 'loitering_munition': A loitering munition: a drone that is itself the warhead, \"Shahed\", \"Lancet\"; 'cruise_missile': A cruise missile: \"four cruise missiles\"; 'ballistic_missile': A ballistic missile; 'glide_bomb': A guided or glide bomb dropped from an aircraft."""
Means = Union[MeansCode, Code]

IncidentOutcomeCode = Literal["intercepted", "partially_intercepted", "impact", "unknown"]
"""What happened to the attack itself, independent of the incident type: intercepted or impact. An open vocabulary: the codes below are known in schema 1.0; a tolerant reader also accepts and keeps any other code (1 to 64 lower-case letters, digits or underscores, starting with a letter). Known codes: 'intercepted': Shot down, jammed or otherwise stopped before reaching its target: \"drones were shot down\"; 'partially_intercepted': Some of several projectiles intercepted, others reached their targets; 'impact': Reached a target or the ground and exploded or struck: \"struck a residential building\"; 'unknown': Not reported, or not yet known: \"a large explosion\"."""
IncidentOutcome = Union[IncidentOutcomeCode, Code]

ViolenceTypeCode = Literal["state_based", "non_state", "one_sided"]
"""The kind of organised violence an Incident belongs to, as UCDP GED's type_of_violence codes it: between a state and another party, between non-state groups, or against civilians by an organised actor. A closed vocabulary: any other value is refused, in both modes. Values: 'state_based': UCDP 1: armed conflict in which at least one party is a government of a state; 'non_state': UCDP 2: armed conflict between organised groups, none of them a government; 'one_sided': UCDP 3: an organised actor, a government or a group, against civilians."""
ViolenceType = ViolenceTypeCode

ClaimKindCode = Literal["factual_assertion", "casualty_figure", "attribution", "denial", "condemnation", "opinion", "announcement", "confirmation", "dispute"]
"""What kind of statement a Claim is. An open vocabulary: the codes below are known in schema 1.0; a tolerant reader also accepts and keeps any other code (1 to 64 lower-case letters, digits or underscores, starting with a letter). Known codes: 'factual_assertion': A statement that something happened: \"drones were shot down over Bryansk\"; 'casualty_figure': A count of people killed, injured, missing or captured; 'attribution': A statement of who is responsible: \"a Russian missile\", \"Ukrainian drones\"; 'denial': A statement that something did not happen, or that the speaker was not responsible; 'condemnation': A condemnation of an act: \"This Russian evil must be defeated\"; 'opinion': A view, forecast or assessment: \"the death toll could increase\"; 'announcement': A statement of intent or decision: \"the US has announced it will send\"; 'confirmation': A statement that another claim is true: \"the ministry confirmed the toll\"; 'dispute': A statement that contests another claim without denying it outright."""
ClaimKind = Union[ClaimKindCode, Code]

VerificationStatusCode = Literal["unverified", "confirmed", "disputed", "denied", "false"]
"""Where a Claim stands with respect to verification, as reported or as assessed by the recorder. A closed vocabulary: any other value is refused, in both modes. Values: 'unverified': Not verified or reported as unconfirmed: \"While unconfirmed, local media reported\"; 'confirmed': Confirmed by an independent source; 'disputed': Contested by another source, without outright denial; 'denied': Denied by a party to it; 'false': Shown to be false."""
VerificationStatus = VerificationStatusCode

ClaimTopicCode = Literal["casualties", "damage", "perpetrator", "location", "means"]
"""What a statement can be explicitly silent on: a Claim's silent_on. An open vocabulary: the codes below are known in schema 1.0; a tolerant reader also accepts and keeps any other code (1 to 64 lower-case letters, digits or underscores, starting with a letter). Known codes: 'casualties': Whether anyone was killed, injured, missing or captured; 'damage': What was damaged; 'perpetrator': Who carried it out; 'location': Where it happened; 'means': The weapons used."""
ClaimTopic = Union[ClaimTopicCode, Code]

AidCategoryCode = Literal["military", "humanitarian", "financial"]
"""What kind of support an AidPackage is, as the Kiel Ukraine Support Tracker splits it. An open vocabulary: the codes below are known in schema 1.0; a tolerant reader also accepts and keeps any other code (1 to 64 lower-case letters, digits or underscores, starting with a letter). Known codes: 'military': Weapons, ammunition, equipment, training; 'humanitarian': Food, shelter, medical and other relief; 'financial': Grants, loans, guarantees and budget support."""
AidCategory = Union[AidCategoryCode, Code]

AidStageCode = Literal["announced", "pledged", "committed", "allocated", "disbursed", "delivered", "expended"]
"""How far along an AidPackage is, in the stages the trackers of aid tell apart. An open vocabulary: the codes below are known in schema 1.0; a tolerant reader also accepts and keeps any other code (1 to 64 lower-case letters, digits or underscores, starting with a letter). Known codes: 'announced': Said publicly, not yet formally pledged or committed: \"has announced it will send\"; 'pledged': Promised formally but not yet binding: a pledge at a donors' conference (IATI 12); 'committed': Formally decided or contracted: \"Britain's decision to send\" (Kiel commitment, IATI 2); 'allocated': Earmarked for delivery, delivered or not yet: the Kiel tracker's allocation; 'disbursed': Money paid out to the recipient (IATI 3 Disbursement; a Kiel allocation); 'delivered': Goods handed over (a Kiel allocation); 'expended': Money spent on goods and services for the recipient (IATI 4 Expenditure)."""
AidStage = Union[AidStageCode, Code]

GeoPrecisionCode = Literal["exact_site", "town", "near", "district", "region", "area", "country", "international"]
"""How precisely a Location is known: the exact site, near a place, the town, a district, a region or only the country. A closed vocabulary: any other value is refused, in both modes. Values: 'exact_site': The exact site is known: a building, a coordinate; 'town': A town or city: \"over the town of Ramenskoye\"; 'near': Near a named place: \"near the headquarters\", \"nearby\"; 'district': A second-level administrative area: a district, a raion; 'region': A first-level administrative area: \"the Moscow region\", \"Zaporizhzhia region\"; 'area': A part of a country that is no administrative area: \"eastern Ukraine\", \"along the front line\", \"in the Donbas\"; 'country': Only the country: \"across Russia\"; 'international': Outside any country: \"over the Black Sea\", \"in international airspace\". A location of this precision has no country and no administrative area."""
GeoPrecision = GeoPrecisionCode

CasualtyOutcomeCode = Literal["killed", "injured", "killed_or_injured", "missing", "captured"]
"""What happened to the people counted in a Casualty figure. An open vocabulary: the codes below are known in schema 1.0; a tolerant reader also accepts and keeps any other code (1 to 64 lower-case letters, digits or underscores, starting with a letter). Known codes: 'killed': Killed: \"up to 17 people were killed\"; 'injured': Injured or wounded: \"leaving one person injured\"; 'killed_or_injured': Casualties not split into killed and injured: \"no casualties\"; 'missing': Missing; 'captured': Captured, detained or taken prisoner."""
CasualtyOutcome = Union[CasualtyOutcomeCode, Code]

PopulationGroupCode = Literal["civilian", "military", "mixed", "unknown"]
"""Who the people counted in a Casualty figure were. An open vocabulary: the codes below are known in schema 1.0; a tolerant reader also accepts and keeps any other code (1 to 64 lower-case letters, digits or underscores, starting with a letter). Known codes: 'civilian': Civilians; 'military': Members of armed forces or armed groups; 'mixed': Both civilians and combatants, not split; 'unknown': Not reported: \"one person injured\"."""
PopulationGroup = Union[PopulationGroupCode, Code]

DyadSideCode = Literal["side_a", "side_b"]
"""Which side of an event's two sides a Party is on, as the datasets code them: UCDP GED's side_a and side_b (in state-based violence side A is a government), ACLED's actor1 and actor2 (and their associated actors) with no direction implied. A closed vocabulary: any other value is refused, in both modes. Values: 'side_a': UCDP's side_a; ACLED's actor1 and assoc_actor_1; 'side_b': UCDP's side_b; ACLED's actor2 and assoc_actor_2."""
DyadSide = DyadSideCode

CasualtyConditionCode = Literal["minor", "moderate", "serious", "critical", "hospitalised", "died_of_wounds"]
"""The condition or severity of the people counted by a Casualty figure (condition), as reported. An open vocabulary: the codes below are known in schema 1.0; a tolerant reader also accepts and keeps any other code (1 to 64 lower-case letters, digits or underscores, starting with a letter). Known codes: 'minor': Light or minor injuries: \"lightly wounded\", \"treated at the scene\"; 'moderate': Moderate injuries: \"of moderate severity\"; 'serious': Serious or severe injuries: \"seriously injured\"; 'critical': In a critical or life-threatening condition; 'hospitalised': Taken to or kept in hospital, severity not said; 'died_of_wounds': Died of wounds, later or in hospital: the condition of some of a killed figure."""
CasualtyCondition = Union[CasualtyConditionCode, Code]

InjuryCauseCode = Literal["blast", "fragments", "debris", "glass", "fire", "building_collapse", "gunfire"]
"""What caused the harm counted by a Casualty figure (causes), as reported: the blast, fragments, debris, glass, fire. An open vocabulary: the codes below are known in schema 1.0; a tolerant reader also accepts and keeps any other code (1 to 64 lower-case letters, digits or underscores, starting with a letter). Known codes: 'blast': The blast wave of an explosion; 'fragments': Fragments or shrapnel of a munition; 'debris': Falling debris: of a downed drone or missile, of a building; 'glass': Broken glass: \"windows were blown out\"; 'fire': Fire and burns; 'building_collapse': A building or structure collapsing on people; 'gunfire': Small arms or heavy machine-gun fire."""
InjuryCause = Union[InjuryCauseCode, Code]

EstimateQualifierCode = Literal["exact", "at_least", "more_than", "at_most", "fewer_than", "approximately", "range", "unspecified"]
"""How a reported count or amount is bounded: the words around the number. A closed vocabulary: any other value is refused, in both modes. Values: 'exact': The number as stated, with no hedge: \"two drones\", \"no casualties\". Low = best = high; 'at_least': A floor that may be met: \"at least 3 explosions\". Low is required, high is absent; 'more_than': A floor that is exceeded: \"over two dozen drones\", \"more than 20\". Low is the number as said (24), which the count is above; high is absent; a best figure, if given, is above low; 'at_most': A ceiling that may be met: \"up to 17 people\", \"at most\". High is required, low is absent; 'fewer_than': A ceiling that is not reached: \"fewer than 10\", \"under a dozen\". High is the number as said (12), which the count is below; low is absent; a best figure, if given, is below high; 'approximately': A round or hedged figure: \"about 20\", \"around 200\", \"dozens\". Best is required; 'range': Both bounds given: \"between 10 and 15\". Low and high are required; 'unspecified': A word rather than a number: \"several\", \"multiple\", \"many\". The phrase is required."""
EstimateQualifier = EstimateQualifierCode

TimePrecisionCode = Literal["exact_time", "approximate_time", "part_of_day", "day", "few_days", "week", "month", "season", "year"]
"""How precisely a ReportedTime is known: the span the report's words allow. A closed vocabulary: any other value is refused, in both modes. Values: 'exact_time': A moment to the minute or better: \"at 03:40 local time\"; 'approximate_time': A clock time given roughly: \"around 21:15\", \"shortly after 04:30 local time\". The instant is the time as said, not a bound; 'part_of_day': Part of a day or a night, which may span midnight: \"overnight\", \"on Wednesday morning\"; 'day': A calendar day: \"on Wednesday\", \"September 7, 2023\"; 'few_days': A span of two to six days: \"in recent days\", \"between Monday and Wednesday\"; 'week': A span of up to seven days: \"last week\", \"earlier this week\"; 'month': A calendar month: \"in March\"; 'season': A season, up to about three months: \"in autumn\"; 'year': A year: \"in 2023\"."""
TimePrecision = TimePrecisionCode

PartOfDayCode = Literal["night", "early_morning", "morning", "midday", "afternoon", "evening"]
"""The part of a day a report gives, whatever span of days it gives with it: \"on Wednesday morning\" is a 'day' with 'morning'; \"on a morning in March\" a 'month' with 'morning'. A closed vocabulary: any other value is refused, in both modes. Values: 'night': \"Overnight\", \"at night\": from the evening of one day into the next; 'early_morning': \"Early morning\", \"at dawn\"; 'morning': \"In the morning\"; 'midday': \"At midday\", \"around noon\"; 'afternoon': \"In the afternoon\"; 'evening': \"In the evening\"."""
PartOfDay = PartOfDayCode

TimeAnchorCode = Literal["publication", "other_event"]
"""What a relative time was counted from, when the report gives one: \"on Tuesday\" and \"yesterday\" are counted from when the report was published; \"the day before\" and \"earlier\" from another event of the report. A ReportedTime with an anchor keeps the span the recorder worked out and says where it came from, so it can be checked or worked out again. A closed vocabulary: any other value is refused, in both modes. Values: 'publication': Counted from the report's publication: \"on Tuesday\", \"yesterday\", \"last week\"; 'other_event': Counted from another event the report tells: \"the day before\", \"earlier\", \"hours later\"."""
TimeAnchor = TimeAnchorCode

ActorKindCode = Literal["person", "government", "state", "armed_forces", "armed_group", "organisation", "media", "social_media_account", "unknown"]
"""What kind of actor a source, perpetrator, donor or author is. An open vocabulary: the codes below are known in schema 1.0; a tolerant reader also accepts and keeps any other code (1 to 64 lower-case letters, digits or underscores, starting with a letter). Known codes: 'person': A named individual: \"Moscow mayor Sergei Sobyanin\"; 'government': A government or one of its offices: \"the Kremlin\"; 'state': A state as a party: \"Russia\", \"the US\"; 'armed_forces': A state's military or one of its units; 'armed_group': A non-state armed group: \"Wagner\"; 'organisation': Any other organisation: an NGO, a company, an international body; 'media': A news organisation or news agency: \"the Interfax news agency\", \"local media\"; 'social_media_account': An account on a social network: \"@maria_drutska\"; 'unknown': Not identified: \"residents\", \"a source\"."""
ActorKind = Union[ActorKindCode, Code]

ChannelKindCode = Literal["statement", "press_conference", "interview", "news_agency", "media_report", "social_media_post", "messaging_app", "video", "unknown"]
"""How a Claim was made public. An open vocabulary: the codes below are known in schema 1.0; a tolerant reader also accepts and keeps any other code (1 to 64 lower-case letters, digits or underscores, starting with a letter). Known codes: 'statement': An official statement or press release; 'press_conference': Spoken at a press conference or briefing; 'interview': Said in an interview; 'news_agency': Reported by a news agency: \"Interfax\"; 'media_report': Reported by news media: \"local media reported\"; 'social_media_post': A post on a social network: a tweet; 'messaging_app': A channel on a messaging app: \"on the Telegram messaging app\"; 'video': Video footage: \"videos on social media\"; 'unknown': Not reported."""
ChannelKind = Union[ChannelKindCode, Code]

GazetteerSchemeCode = Literal["geonames", "pcode", "osm", "wikidata"]
"""A gazetteer whose ids a Location can carry. An open vocabulary: the codes below are known in schema 1.0; a tolerant reader also accepts and keeps any other code (1 to 64 lower-case letters, digits or underscores, starting with a letter). Known codes: 'geonames': A GeoNames id: digits only; 'pcode': A humanitarian place code (OCHA COD P-code): two letters then digits, e.g. UA1412; 'osm': An OpenStreetMap element, e.g. relation/1234; 'wikidata': A Wikidata item, e.g. Q193499."""
GazetteerScheme = Union[GazetteerSchemeCode, Code]

PartyRoleCode = Literal["perpetrator", "target", "associated", "interceptor", "unknown"]
"""The part an actor plays in an Incident, as reported: who carried it out, what or whom it was aimed at, who acted with them, who stopped it. An open vocabulary: the codes below are known in schema 1.0; a tolerant reader also accepts and keeps any other code (1 to 64 lower-case letters, digits or underscores, starting with a letter). Known codes: 'perpetrator': Who carried it out, or is said to have: \"a Russian missile\", \"Ukrainian drones\"; 'target': Whom or what it was aimed at, or who was hit: \"the port\", \"civilians\", \"a military unit\"; 'associated': An actor acting with another party, or identified with it: ACLED's associated actors; 'interceptor': Who stopped the attack: \"air defence forces\", \"electronic warfare units\"; 'unknown': A side of the event whose part the report does not say: ACLED's actor2 of a clash."""
PartyRole = Union[PartyRoleCode, Code]

SiteKindCode = Literal["market", "shop", "pharmacy", "residential_building", "railway_station", "military_facility", "energy_infrastructure", "airport", "hospital", "school", "vehicle", "open_area", "other"]
"""What kind of place was hit or targeted in an Incident. An open vocabulary: the codes below are known in schema 1.0; a tolerant reader also accepts and keeps any other code (1 to 64 lower-case letters, digits or underscores, starting with a letter). Known codes: 'market': A market; 'shop': A shop; 'pharmacy': A pharmacy; 'residential_building': A block of flats or a house; 'railway_station': A railway station; 'military_facility': A base, headquarters or depot; 'energy_infrastructure': A power plant, substation or fuel depot; 'airport': An airport or airfield; 'hospital': A hospital or clinic; 'school': A school or university; 'vehicle': A vehicle; 'open_area': A field, road or other open ground; 'other': Anything else."""
SiteKind = Union[SiteKindCode, Code]

SiteRoleCode = Literal["target", "hit", "debris"]
"""What part a Site played in an Incident: what the attack was aimed at, what it hit, where debris fell. \"Aimed at a fuel depot, it fell on a school\" is two sites: the depot of role 'target' and the school of role 'hit'. An open vocabulary: the codes below are known in schema 1.0; a tolerant reader also accepts and keeps any other code (1 to 64 lower-case letters, digits or underscores, starting with a letter). Known codes: 'target': What the attack was aimed at, as reported: \"aimed at a fuel depot\"; 'hit': What it struck: \"it fell on a school\"; 'debris': Where debris of a downed weapon fell: \"debris fell on a house\"."""
SiteRole = Union[SiteRoleCode, Code]

DamageKindCode = Literal["damaged", "shattered", "destroyed", "fire", "collapsed"]
"""How something was damaged in an Incident. An open vocabulary: the codes below are known in schema 1.0; a tolerant reader also accepts and keeps any other code (1 to 64 lower-case letters, digits or underscores, starting with a letter). Known codes: 'damaged': Damaged, unspecified: \"damaged cars nearby\"; 'shattered': Glass broken: \"shattered windows\"; 'destroyed': Destroyed; 'fire': Set on fire: \"a vehicle caught fire\"; 'collapsed': Collapsed, in whole or in part."""
DamageKind = Union[DamageKindCode, Code]

DamageCauseCode = Literal["impact", "debris", "blast_wave", "fragments", "fire", "not_stated"]
"""What caused a Damage, typed: a direct hit, debris, the blast wave, fragments, fire. 'not_stated' says the report gives the damage but not its cause, which is not the same as no cause recorded (no value at all). An open vocabulary: the codes below are known in schema 1.0; a tolerant reader also accepts and keeps any other code (1 to 64 lower-case letters, digits or underscores, starting with a letter). Known codes: 'impact': A direct hit; 'debris': Debris of a downed weapon: \"drone debris\"; 'blast_wave': The blast wave: \"windows blown out\"; 'fragments': Fragments or shrapnel; 'fire': A fire the attack caused; 'not_stated': The report gives the damage but not its cause."""
DamageCause = Union[DamageCauseCode, Code]

DemographicCode = Literal["child", "woman", "man", "elderly", "rescuer", "medic", "journalist", "aid_worker"]
"""Who the people of a CasualtyGroup were, inside a Casualty figure: children, women, rescuers, journalists. An open vocabulary: the codes below are known in schema 1.0; a tolerant reader also accepts and keeps any other code (1 to 64 lower-case letters, digits or underscores, starting with a letter). Known codes: 'child': Children: people under 18, or as the report says \"children\"; 'woman': Women (and girls, where the report counts them as women); 'man': Men; 'elderly': Elderly people: \"pensioners\", \"an elderly woman\"; 'rescuer': Rescuers, firefighters and emergency workers at the scene; 'medic': Medical workers: doctors, nurses, paramedics; 'journalist': Journalists and media workers; 'aid_worker': Humanitarian aid workers."""
Demographic = Union[DemographicCode, Code]

ItemCategoryCode = Literal["ammunition", "armoured_vehicles", "artillery", "air_defence", "aircraft", "small_arms", "equipment", "medical", "food", "shelter", "funds", "other"]
"""What kind of item an AidItem is. An open vocabulary: the codes below are known in schema 1.0; a tolerant reader also accepts and keeps any other code (1 to 64 lower-case letters, digits or underscores, starting with a letter). Known codes: 'ammunition': Shells, rounds, rockets and missiles: \"depleted uranium anti-tank shells\"; 'armoured_vehicles': Tanks, infantry fighting vehicles, armoured carriers: \"Challenger 2 tanks\"; 'artillery': Guns, howitzers and launchers; 'air_defence': Air-defence systems and interceptors; 'aircraft': Aircraft and drones; 'small_arms': Small arms and light weapons; 'equipment': Other equipment: radios, protective gear, spare parts; 'medical': Medical supplies; 'food': Food; 'shelter': Shelter and non-food items; 'funds': Money; 'other': Anything else."""
ItemCategory = Union[ItemCategoryCode, Code]

DatasetSchemeCode = Literal["acled", "ucdp_ged", "viina"]
"""A dataset whose rows a DatasetRecord identifies: ACLED's event_id_cnty (\"UKR12345\"), UCDP GED's id, a VIINA event id. An open vocabulary: the codes below are known in schema 1.0; a tolerant reader also accepts and keeps any other code (1 to 64 lower-case letters, digits or underscores, starting with a letter). Known codes: 'acled': ACLED, by event_id_cnty, which stays the same when a row is revised; 'ucdp_ged': UCDP's Georeferenced Event Dataset, by its id; 'viina': VIINA, the Violent Incident Information from News Articles dataset on the war in Ukraine."""
DatasetScheme = Union[DatasetSchemeCode, Code]

DisorderTypeCode = Literal["political_violence", "demonstrations", "strategic_developments"]
"""ACLED's disorder_type: the broad kind of disorder an event belongs to. A row may carry two (\"Political violence; Demonstrations\" for excessive force against protesters), so an AcledCoding holds a list. A closed vocabulary: any other value is refused, in both modes. Values: 'political_violence': \"Political violence\"; 'demonstrations': \"Demonstrations\"; 'strategic_developments': \"Strategic developments\"."""
DisorderType = DisorderTypeCode

AcledActorTypeCode = Literal["state_forces", "rebel_group", "political_militia", "identity_militia", "rioters", "protesters", "civilians", "external_or_other_forces"]
"""ACLED's type of an event's main actor (inter1, inter2): its \"inter code\" 1 to 8 with ACLED's label. ACLED's interaction is not kept: it is derived from the two types (interaction). A closed vocabulary: any other value is refused, in both modes. Values: 'state_forces': 1, \"State forces\": the military and police of a recognised government; 'rebel_group': 2, \"Rebel group\": a group seeking to replace a government or to secede; 'political_militia': 3, \"Political militia\": an armed group serving a political elite or party; 'identity_militia': 4, \"Identity militia\": an armed group organised around a shared identity; 'rioters': 5, \"Rioters\"; 'protesters': 6, \"Protesters\"; 'civilians': 7, \"Civilians\"; 'external_or_other_forces': 8, \"External/Other forces\": international organisations, foreign or private forces."""
AcledActorType = AcledActorTypeCode

EventClarityCode = Literal["high", "low"]
"""UCDP GED's event_clarity: whether the sources describe the event clearly ('high', code 1) or only as part of an aggregate or in vague terms ('low', code 2). A closed vocabulary: any other value is refused, in both modes. Values: 'high': UCDP 1: the event is clearly described; 'low': UCDP 2: the event is an aggregate, or described vaguely."""
EventClarity = EventClarityCode

ProportionCode = Literal["none", "few", "some", "half", "most", "nearly_all", "all"]
"""A share given in words rather than numbers: \"most of them were downed\", \"half\", \"all\". An Engagement uses it for how many of the weapons were stopped when no figure is given. A closed vocabulary: any other value is refused, in both modes. Values: 'none': \"None of them\"; 'few': \"A few\"; 'some': \"Some\"; 'half': \"Half\"; 'most': \"Most\", \"the majority\"; 'nearly_all': \"Nearly all\", \"almost all\"; 'all': \"All of them\"."""
Proportion = ProportionCode

InterceptionMethodCode = Literal["air_defence", "electronic_warfare", "fighter_aircraft", "mobile_fire_group", "unknown"]
"""How weapons were stopped in an Engagement: \"shot down by air defence\", \"suppressed by electronic warfare\", \"downed by fighter jets\". An open vocabulary: the codes below are known in schema 1.0; a tolerant reader also accepts and keeps any other code (1 to 64 lower-case letters, digits or underscores, starting with a letter). Known codes: 'air_defence': Surface-to-air missiles or guns: \"shot down by air defence\"; 'electronic_warfare': Jamming or spoofing: \"suppressed by electronic warfare\", \"lost\"; 'fighter_aircraft': Crewed aircraft: \"downed by fighter jets\", \"by helicopters\"; 'mobile_fire_group': Mobile fire groups with machine guns; 'unknown': Stopped, but not said how."""
InterceptionMethod = Union[InterceptionMethodCode, Code]

CompassDirectionCode = Literal["north", "northeast", "east", "southeast", "south", "southwest", "west", "northwest"]
"""A direction from a reference place, as reports give it: \"southeast of the Russian capital\" is 'southeast'. Eight points, as news reports use them. A closed vocabulary: any other value is refused, in both modes. Values: 'north': North; 'northeast': North-east; 'east': East; 'southeast': South-east; 'south': South; 'southwest': South-west; 'west': West; 'northwest': North-west."""
CompassDirection = CompassDirectionCode

IncidentRelationCode = Literal["same_as", "possibly_same_as", "part_of", "follow_up_of"]
"""How one Incident is related to another, as an IncidentLink says: the same event told twice, possibly the same, one strike within a wave, a follow-up. An open vocabulary: the codes below are known in schema 1.0; a tolerant reader also accepts and keeps any other code (1 to 64 lower-case letters, digits or underscores, starting with a letter). Known codes: 'same_as': The same real-world event, told by another record; 'possibly_same_as': Perhaps the same event: the sources do not allow certainty; 'part_of': One part of a larger event: a strike within a wave, a shell within a barrage; 'follow_up_of': A later event that follows from the other: a second strike, a fire after an impact."""
IncidentRelation = Union[IncidentRelationCode, Code]

VerificationMethodCode = Literal["geolocation", "chronolocation", "satellite_imagery", "metadata_analysis", "reverse_image_search", "independent_sources", "official_records", "eyewitness", "on_site", "expert_review"]
"""How an Assessment checked a Claim. An open vocabulary: the codes below are known in schema 1.0; a tolerant reader also accepts and keeps any other code (1 to 64 lower-case letters, digits or underscores, starting with a letter). Known codes: 'geolocation': Matching pictures or video to a place: \"geolocated video\"; 'chronolocation': Establishing when pictures or video were taken: shadows, weather, metadata; 'satellite_imagery': Satellite or aerial images of the site; 'metadata_analysis': The metadata of files: capture times, devices; 'reverse_image_search': Searching for earlier copies of a picture; 'independent_sources': Other sources than the one making the claim: \"could not independently verify\"; 'official_records': Records of an authority: hospital lists, registers; 'eyewitness': People who were there; 'on_site': A visit to the site by the assessor; 'expert_review': Review by a specialist: munitions, forensics."""
VerificationMethod = Union[VerificationMethodCode, Code]

EvidenceKindCode = Literal["photo", "video", "audio", "document", "screenshot", "satellite_image", "web_page", "dataset"]
"""What kind of material an Evidence is. An open vocabulary: the codes below are known in schema 1.0; a tolerant reader also accepts and keeps any other code (1 to 64 lower-case letters, digits or underscores, starting with a letter). Known codes: 'photo': A photograph; 'video': A video; 'audio': A sound recording; 'document': A document: a statement, a letter, a report; 'screenshot': A screenshot of a page or post; 'satellite_image': A satellite or aerial image; 'web_page': A web page, as published; 'dataset': A data file."""
EvidenceKind = Union[EvidenceKindCode, Code]

HashAlgorithmCode = Literal["sha_256", "sha_384", "sha_512"]
"""The algorithm of a ContentHash. A closed vocabulary of the SHA-2 functions, written on the wire as sha_256, sha_384 and sha_512. A closed vocabulary: any other value is refused, in both modes. Values: 'sha_256': SHA-256: 64 hexadecimal digits; 'sha_384': SHA-384: 96 hexadecimal digits; 'sha_512': SHA-512: 128 hexadecimal digits."""
HashAlgorithm = HashAlgorithmCode

CodingMethodCode = Literal["human", "machine", "hybrid"]
"""How a record was coded: by a person, by a program, or by both. An open vocabulary: the codes below are known in schema 1.0; a tolerant reader also accepts and keeps any other code (1 to 64 lower-case letters, digits or underscores, starting with a letter). Known codes: 'human': Coded by a person; 'machine': Coded by a program: a classifier, a rule set, a language model; 'hybrid': Coded by a program and reviewed or corrected by a person."""
CodingMethod = Union[CodingMethodCode, Code]

ConfidenceLevelCode = Literal["none", "low", "medium", "high"]
"""A coder's confidence in words, on STIX 2.1's \"None / Low / Med / High\" scale, whose levels map to ranges of its 0-100 confidence score: none is 0, low 1 to 29, medium 30 to 69, high 70 to 100. A closed vocabulary. A closed vocabulary: any other value is refused, in both modes. Values: 'none': No confidence: a score of 0; 'low': Low: a score of 1 to 29; 'medium': Medium: a score of 30 to 69; 'high': High: a score of 70 to 100."""
ConfidenceLevel = ConfidenceLevelCode

WithdrawalKindCode = Literal["retracted", "deleted", "duplicate", "replaced"]
"""Why a Withdrawal takes a report out of a feed. An open vocabulary: the codes below are known in schema 1.0; a tolerant reader also accepts and keeps any other code (1 to 64 lower-case letters, digits or underscores, starting with a letter). Known codes: 'retracted': Withdrawn by its publisher: the report should not have been published; 'deleted': Deleted by the dataset or recorder that kept it; 'duplicate': A duplicate of another record, which is kept; 'replaced': Replaced by a record with another id."""
WithdrawalKind = Union[WithdrawalKindCode, Code]


class Report(SitrepModel):
    """A news report as a whole: where it was published and when, who wrote it, the posts it embeds, and the incidents, claims and aid packages it contains."""
    id: ReportId
    """The report's id"""
    schema_version: SchemaVersion
    """The version of the Sitrep schema the report follows, MAJOR.MINOR. Required; this schema, like the Java reader, accepts any 1.y and refuses another major version."""
    headline: Optional[Text] = None
    """The headline as published"""
    publisher: Optional[Actor] = None
    """Who published it: a newspaper, a broadcaster"""
    url: Optional[HttpUrl] = None
    """Where it was published"""
    published_at: Optional[DateTime] = None
    """When it was published"""
    published_on: Optional[Date] = None
    """The day it was published, where the outlet gives a date and no time; with published_at, that moment's date"""
    modified_at: Optional[DateTime] = None
    """When the publisher last changed it, as the page says: \"Updated 7 September 2023, 14:05\". Reports are revised as tolls rise; this tells two versions of one report apart. Not before published_at."""
    supersedes: list[ReportId] = Field(default_factory=list, max_length=10000)
    """The reports this one replaces: a corrected report published under a new id names the one it corrects. A revision under the same id needs no entry here: a later modified_at replaces it (see ReportLedger)."""
    retrieved_at: Optional[DateTime] = None
    """When the recorder retrieved it"""
    language: Optional[LanguageTag] = None
    """The report's language, a BCP 47 tag: \"en-GB\""""
    tlp: Optional[Tlp] = None
    """Who the report may be shared with, where it is marked (TLP 2.0)"""
    licence: Optional[Licence] = None
    """The licence and attribution terms of the report"""
    authors: list[Actor] = Field(default_factory=list, max_length=10000)
    """Who wrote it"""
    syndication: Optional[Syndication] = None
    """The news agency whose copy this is, if it is agency copy: AP, AFP, Reuters"""
    other_publications: list[Publication] = Field(default_factory=list, max_length=10000)
    """The other outlets that ran the same story"""
    posts: list[EmbeddedPost] = Field(default_factory=list, max_length=10000)
    """Social-media posts it embeds"""
    incidents: list[Incident] = Field(default_factory=list, max_length=10000)
    """The events it reports"""
    claims: list[Claim] = Field(default_factory=list, max_length=10000)
    """What the people and organisations it quotes said"""
    aid_packages: list[AidPackage] = Field(default_factory=list, max_length=10000)
    """The aid packages it reports"""

class Incident(SitrepModel):
    """One reported event: a drone shot down, a missile strike, an explosion, a fire. Rules: the summary is trimmed and not blank; no means, party, casualty id or claim is listed twice, no dataset row twice; ACLED or UCDP columns only with a record of that dataset, and ACLED's event date within the incident's time; no link twice and none to the incident itself; a figure supersedes a figure of this incident, each figure is superseded by one figure at most, and no chain of supersessions is a cycle."""
    id: IncidentId
    """The incident's id within its report"""
    global_id: Optional[GlobalId] = None
    """The incident's name across reports: the reports that tell of the same event, and the revisions of one report, give it the same global id (an ACLED event_id_cnty is one)."""
    type: IncidentType
    """What kind of event"""
    time: Optional[ReportedTime] = None
    """When it happened, as precisely as reported"""
    location: Optional[Location] = None
    """Where it happened"""
    means: list[Means] = Field(default_factory=list, max_length=10000)
    """The means used: drone, missile"""
    quantity: Optional[Estimate] = None
    """How many: \"two drones\", \"at least 3 explosions\""""
    engagements: list[Engagement] = Field(default_factory=list, max_length=10000)
    """The fate of each kind of weapon in an attack wave, as reported: launched, stopped and how, hit. Added with addEngagement(Engagement)."""
    outcome: IncidentOutcome
    """Whether the attack was intercepted, hit, or is not known to have done either"""
    violence_type: Optional[ViolenceType] = None
    """The kind of organised violence it belongs to, as UCDP GED's type_of_violence codes it, where the report or dataset says"""
    parties: list[Party] = Field(default_factory=list, max_length=10000)
    """The actors taking part, each in a role and on a side where reported: the perpetrator as attributed (\"Ukrainian drones\"), the target, associated actors, the interceptor. Added with addParty(Party)."""
    sites: list[Site] = Field(default_factory=list, max_length=10000)
    """The places hit or targeted: \"a market, shops and a pharmacy\""""
    damage: list[Damage] = Field(default_factory=list, max_length=10000)
    """What was damaged and how"""
    casualties: list[Casualty] = Field(default_factory=list, max_length=10000)
    """The casualty figures reported for it"""
    summary: Optional[Text] = None
    """A short summary in the recorder's words"""
    claims: list[ClaimId] = Field(default_factory=list, max_length=10000)
    """The claims in the same report that support or dispute it"""
    links: list[IncidentLink] = Field(default_factory=list, max_length=10000)
    """Links to other incidents, in this report or others: the same event, possibly the same, part of a wave, a follow-up. Each is asserted by a claim or by the recorder."""
    records: list[DatasetRecord] = Field(default_factory=list, max_length=10000)
    """The dataset rows it was built from or matches, each by dataset and id: an ACLED event_id_cnty, a UCDP GED id. Added with addRecord(DatasetRecord)."""
    acled: Optional[AcledCoding] = None
    """The ACLED columns that have no other home, for an incident with an ACLED record"""
    ucdp: Optional[UcdpCoding] = None
    """The UCDP GED columns that have no other home, for one with a UCDP GED record"""
    coding: Optional[Coding] = None
    """Who or what coded the incident, and how confident they were"""
    tlp: Optional[Tlp] = None
    """Who the incident's record may be shared with, where it is marked"""
    licence: Optional[Licence] = None
    """The licence and attribution terms of the incident's record"""

    def known_type(self) -> Optional[IncidentTypeCode]:
        """The known code of type (None for a code this version does not know)."""
        return known(self.type, IncidentTypeCode)

    def known_means(self) -> list[Optional[MeansCode]]:
        """The known codes of means (None for a code this version does not know)."""
        return known(self.means, MeansCode)

    def known_outcome(self) -> Optional[IncidentOutcomeCode]:
        """The known code of outcome (None for a code this version does not know)."""
        return known(self.outcome, IncidentOutcomeCode)

class Claim(SitrepModel):
    """Something someone said: who, in what role, through which channel, when, what they said, what it is about, what kind of statement it is, and whether it has been verified. Rules: a claim has a statement or a quote (or both), trimmed and not blank; no reference is listed twice; a claim is not about itself; a claim that gives a casualty figure (of kind 'casualty_figure', or about casualty figures) is not silent on 'casualties'. References must resolve inside the Report that holds the claim."""
    id: ClaimId
    """The claim's id within its report"""
    source: Actor
    """Who says it, with their role: \"Moscow mayor Sergei Sobyanin\""""
    channel: Optional[Channel] = None
    """How it was made public: Telegram, a news agency, a post"""
    made_on: Optional[ReportedTime] = None
    """When it was said"""
    statement: Optional[Text] = None
    """What was claimed, in the report's words"""
    quote: Optional[Text] = None
    """The speaker's own words, verbatim: \"This Russian evil must be defeated ...\""""
    kind: ClaimKind
    """What kind of statement it is"""
    verification: VerificationStatus
    """Where it stands with respect to verification"""
    about_incidents: list[IncidentId] = Field(default_factory=list, max_length=10000)
    """The incidents it is about"""
    about_casualties: list[CasualtyId] = Field(default_factory=list, max_length=10000)
    """The casualty figures it gives or is about"""
    about_aid_packages: list[AidPackageId] = Field(default_factory=list, max_length=10000)
    """The aid packages it is about"""
    about_claims: list[ClaimId] = Field(default_factory=list, max_length=10000)
    """The claims it answers: a denial of an attribution, a confirmation or dispute of a figure. claimsAbout gives, for a claim, the claims that answer it."""
    post: Optional[PostId] = None
    """The embedded post in which it was made"""
    silent_on: list[ClaimTopic] = Field(default_factory=list, max_length=10000)
    """What the statement explicitly said nothing about: a statement that drones were downed, with \"no word on casualties\", is silent on 'casualties'. Distinct from the recorder not recording a figure, which is no figure at all."""
    assessments: list[Assessment] = Field(default_factory=list, max_length=10000)
    """Verification assessments of the claim, by the publisher, a fact-checker or the recorder: \"could not independently verify\", \"confirmed by geolocated video\". Separate from verification, where it stands as reported, whoever checked it."""
    evidence: list[Evidence] = Field(default_factory=list, max_length=10000)
    """The material attached to the claim: photos, videos, documents"""
    coding: Optional[Coding] = None
    """Who or what coded the claim, and how confident they were"""

    def known_kind(self) -> Optional[ClaimKindCode]:
        """The known code of kind (None for a code this version does not know)."""
        return known(self.kind, ClaimKindCode)

    def known_silent_on(self) -> list[Optional[ClaimTopicCode]]:
        """The known codes of silent_on (None for a code this version does not know)."""
        return known(self.silent_on, ClaimTopicCode)

class AidPackage(SitrepModel):
    """Support sent by one party to another: who gives, who receives, when announced, what kind, its value, the items, when they should arrive, how far along it is, and related packages. Rules: the summary is trimmed and not blank; a package is not related to itself; no related package or claim is listed twice. References must resolve inside the Report."""
    id: AidPackageId
    """The package's id within its report"""
    donor: Actor
    """Who gives: the US"""
    recipient: Actor
    """Who receives: Ukraine"""
    announced_on: Optional[ReportedTime] = None
    """When it was announced"""
    category: AidCategory
    """What kind of support"""
    value: Optional[MonetaryValue] = None
    """Its value as reported"""
    items: list[AidItem] = Field(default_factory=list, max_length=10000)
    """What is sent"""
    expected_delivery: Optional[ReportedTime] = None
    """When delivery is expected: \"in autumn\""""
    stage: AidStage
    """How far along it is"""
    related: list[AidPackageId] = Field(default_factory=list, max_length=10000)
    """Other packages in the same report it relates to: Britain's earlier decision"""
    claims: list[ClaimId] = Field(default_factory=list, max_length=10000)
    """The claims in the same report that it rests on: the announcement"""
    summary: Optional[Text] = None
    """A short summary in the recorder's words"""

    def known_category(self) -> Optional[AidCategoryCode]:
        """The known code of category (None for a code this version does not know)."""
        return known(self.category, AidCategoryCode)

    def known_stage(self) -> Optional[AidStageCode]:
        """The known code of stage (None for a code this version does not know)."""
        return known(self.stage, AidStageCode)

class Location(SitrepModel):
    """Where something happened: a named place with its other spellings, the country it belongs to de jure, its administrative areas, optional coordinates, how precisely it is known, and, kept apart from the country, who controls it in fact. Rules: a name, a description or a point says which place it is; the name is trimmed and not blank; the country is an ISO 3166-1 alpha-2 code; an administrative area's ISO 3166-2 code starts with the location's country (Enerhodar's region is UA-23 because the country is Ukraine de jure, whoever controls it); no alternate name or gazetteer id is listed twice; a place of precision 'international' (\"over the Black Sea\") has no country and no administrative area."""
    name: Optional[Text] = None
    """The place's primary name as reported: \"Kostiantynivka\"; absent for a place the report does not name (\"a village in the region\", which must not borrow the region's name: it is the description with the region as admin1)"""
    alternate_names: list[PlaceName] = Field(default_factory=list, max_length=10000)
    """Other names, spellings and transliterations: \"Konstantinovka\""""
    country: Optional[CountryCode] = None
    """The country it belongs to de jure, ISO 3166-1 alpha-2: \"UA\""""
    admin1: Optional[AdminArea] = None
    """The first-level administrative area: \"Donetsk region\" (UA-14)"""
    admin2: Optional[AdminArea] = None
    """The second-level administrative area: a district"""
    admin3: Optional[AdminArea] = None
    """The third-level administrative area: a hromada, a municipality (ACLED's admin3)"""
    point: Optional[GeoPoint] = None
    """Coordinates, where known"""
    precision: GeoPrecision
    """How precisely the place is known"""
    control: Optional[DeFactoControl] = None
    """Who controls it in fact, as reported, where the report says"""
    gazetteer_ids: list[GazetteerRef] = Field(default_factory=list, max_length=10000)
    """Ids in gazetteers: GeoNames, P-codes"""
    relative_to: Optional[RelativePosition] = None
    """Where it is relative to another place: \"southeast of the Russian capital\", \"near the front line\", \"20 km from the border\""""
    description: Optional[Text] = None
    """What the report says of the place where no attribute says it: \"a village\", \"a western Russian city\""""

class Casualty(SitrepModel):
    """A casualty figure: what happened to people (killed, injured, missing, captured), who they were, how many, as of when, whether the figure may still change, and the claim it comes from. Rules: no demographic group is listed twice in the breakdown; a group's count cannot exceed the figure's: where the group's lower bound and the figure's upper bound are both known (a 'more than' floor is one above its number, a 'fewer than' ceiling one below), the first is not above the second; no cause is listed twice; a figure does not supersede itself (the incident checks that it supersedes one of its figures)."""
    id: CasualtyId
    """The figure's id, so that claims can refer to it"""
    global_id: Optional[GlobalId] = None
    """The figure's name across reports: several reports (and a report's revisions) that give the same figure can say so by giving it the same global id. A revised figure in a later report has its own global id and supersedes only within its report."""
    outcome: CasualtyOutcome
    """What happened to the people counted"""
    population: PopulationGroup
    """Who they were: civilians, military, unknown"""
    side: Optional[DyadSide] = None
    """The side of the event the people counted were on, where a dataset codes it: UCDP GED's deaths_a are a figure of 'side_a', deaths_b of 'side_b' (its deaths_civilians and deaths_unknown have no side: their population says civilian or unknown)."""
    count: Estimate
    """How many, in all"""
    breakdown: list[CasualtyGroup] = Field(default_factory=list, max_length=10000)
    """Parts of the count: \"two of them children\". Each group counts some of the people of count, never people besides them; groups may overlap."""
    condition: Optional[CasualtyCondition] = None
    """The condition or severity of the people counted: \"in a critical condition\""""
    causes: list[InjuryCause] = Field(default_factory=list, max_length=10000)
    """What caused the harm, as reported: debris, glass, fragments, blast, fire"""
    location: Optional[Location] = None
    """Where the people were harmed, when it is not the incident's place: \"in a nearby settlement\". Absent means the incident's location."""
    as_of: Optional[ReportedTime] = None
    """When the figure was given or held"""
    provisional: StrictBool = False
    """Whether the figure is said to be provisional: \"the death toll could increase\". False unless set."""
    supersedes: Optional[CasualtyId] = None
    """The figure of the same incident that this one revises: \"the death toll rose to 17\" supersedes the earlier \"at least 12\". Both are kept, each with its claim and as_of; the incident's current_casualties leaves the superseded one out, so a revision never adds to what it revises."""
    claim: Optional[ClaimId] = None
    """The claim in the same report that gives this figure"""
    coding: Optional[Coding] = None
    """Who or what coded the figure, and how confident they were"""

    def known_outcome(self) -> Optional[CasualtyOutcomeCode]:
        """The known code of outcome (None for a code this version does not know)."""
        return known(self.outcome, CasualtyOutcomeCode)

    def known_population(self) -> Optional[PopulationGroupCode]:
        """The known code of population (None for a code this version does not know)."""
        return known(self.population, PopulationGroupCode)

    def known_condition(self) -> Optional[CasualtyConditionCode]:
        """The known code of condition (None for a code this version does not know)."""
        return known(self.condition, CasualtyConditionCode)

    def known_causes(self) -> list[Optional[InjuryCauseCode]]:
        """The known codes of causes (None for a code this version does not know)."""
        return known(self.causes, InjuryCauseCode)

class Estimate(SitrepModel):
    """A reported count that may be uncertain: how many drones, explosions, people killed. Rules: every bound is at least zero; low ≤ best ≤ high where present; 'exact' means all three are present and equal; 'at_least' needs low and has no high; 'more_than' needs low, has no high, and a best above low; 'at_most' needs high and has no low; 'fewer_than' needs high, has no low, and a best below high; 'approximately' needs best; 'range' needs low and high; 'unspecified' needs the phrase."""
    low: Optional[Count] = None
    """The lowest figure reported or implied, if any"""
    best: Optional[Count] = None
    """The single most likely figure, if one was given"""
    high: Optional[Count] = None
    """The highest figure reported or implied, if any"""
    qualifier: EstimateQualifier
    """How the figure is bounded"""
    phrase: Optional[Text] = None
    """The words as reported, e.g. \"up to 17\" or \"several\""""

class ReportedTime(SitrepModel):
    """When something happened, as precisely as the report says and no more: a span of days with a precision and the phrase as reported. Rules: end is not before start; the span is no wider than the precision allows (one day for 'day', 'exact_time' and 'approximate_time', two for 'part_of_day', 6 for 'few_days', 7 for 'week', 31 for 'month', 92 for 'season', 366 for 'year'); the instant is present exactly when the precision is 'exact_time' or 'approximate_time', and falls on start; a clock time with an instant is the instant's hour, minute and offset; its equivalents (the same moment given in other zones) are the instant's moment and need one."""
    start: Date
    """The first day the event may have happened on"""
    end: Date
    """The last day the event may have happened on; equal to start for a day"""
    instant: Optional[DateTime] = None
    """The moment, with its UTC offset as reported: only for 'exact_time' and 'approximate_time'"""
    precision: TimePrecision
    """How precisely the time is known"""
    part_of_day: Optional[PartOfDay] = None
    """The part of the day, where the report gives one, whatever the span: \"on a morning in March\" is a month with 'morning'"""
    clock_time: Optional[ClockTime] = None
    """The clock time, with its UTC offset, where the report gives one: \"at 3 a.m.\" on a day it does not give is a span of days with this clock time; with an instant, it is the instant's hour and minute"""
    equivalents: list[DateTime] = Field(default_factory=list, max_length=10000)
    """The same moment as the instant, as the report also gives it in other zones (\"04:30 local time (01:30 GMT)\" keeps 01:30Z here); added with addEquivalent"""
    anchor: Optional[TimeAnchor] = None
    """What a relative time was counted from: \"on Tuesday\" from the report's publication ('publication'), \"the day before\" from another event"""
    phrase: Optional[Text] = None
    """The words as reported: \"overnight\", \"on Wednesday\", \"in autumn\""""

class Money(SitrepModel):
    """An amount of money: a decimal amount in an ISO 4217 currency, never a floating-point number. Rules: the amount is not negative and has no negative scale (write 175000000, not 1.75E+8)."""
    amount: DecimalAmount
    """The amount, e.g. 175000000"""
    currency: CurrencyCode
    """The currency, e.g. USD"""

class MonetaryValue(SitrepModel):
    """The reported value of something, such as an aid package: an amount with its bound and the equivalents the report gives in other currencies. Rules: the qualifier is 'exact', 'at_least', 'more_than', 'at_most', 'fewer_than' or 'approximately' (not a range or a word); no two of the amount and its equivalents share a currency."""
    amount: Money
    """The amount as first reported, e.g. 175000000 USD"""
    qualifier: EstimateQualifier
    """How the amount is bounded: \"up to\" is 'at_most'"""
    equivalents: list[Money] = Field(default_factory=list, max_length=10000)
    """The same value in other currencies, as reported: £140m"""
    phrase: Optional[Text] = None
    """The words as reported: \"worth up to $175million (£140m)\""""

class Actor(SitrepModel):
    """A person, organisation, state, armed force or media outlet: a source of claims, a perpetrator, a donor, an author. Rules: text is trimmed and not blank; the country is an ISO 3166-1 alpha-2 code; a handle has no white space; a URL is absolute http(s)."""
    name: Text
    """The name as reported: \"Sergei Sobyanin\", \"the Kremlin\", \"local media\""""
    kind: ActorKind
    """What kind of actor this is"""
    role: Optional[Text] = None
    """The role or title as reported: \"Moscow mayor\", \"Russian-appointed governor\""""
    country: Optional[CountryCode] = None
    """The country the actor belongs to or acts for, ISO 3166-1 alpha-2: \"RU\""""
    affiliation: Optional[Text] = None
    """A side or group the actor is affiliated with, where not a country: \"Wagner Group\""""
    handle: Optional[Handle] = None
    """An account handle: \"@maria_drutska\""""
    url: Optional[HttpUrl] = None
    """A page about or by the actor"""

    def known_kind(self) -> Optional[ActorKindCode]:
        """The known code of kind (None for a code this version does not know)."""
        return known(self.kind, ActorKindCode)

class Channel(SitrepModel):
    """How and where a Claim was made public: a statement, a news agency, a Telegram channel, a social-media post with its URL."""
    kind: ChannelKind
    """What kind of channel"""
    name: Optional[Text] = None
    """Its name: \"Telegram\", \"Interfax\""""
    url: Optional[HttpUrl] = None
    """Where the statement can be found"""

    def known_kind(self) -> Optional[ChannelKindCode]:
        """The known code of kind (None for a code this version does not know)."""
        return known(self.kind, ChannelKindCode)

class PlaceName(SitrepModel):
    """Another name or spelling of a place, with its language and script where known. Rules: the name is trimmed and not blank; the language is a well-formed BCP 47 tag."""
    name: Text
    """The name: \"Konstantinovka\""""
    language: Optional[LanguageTag] = None
    """The BCP 47 tag of its language and script: \"ru-Latn\", \"uk-Cyrl\""""

class AdminArea(SitrepModel):
    """An administrative area a place lies in: a region (first level), a district (second level) or a municipality or hromada (third level), with its ISO 3166-2 code where it has one. Rules: the name is trimmed and not blank; the code is a known country code, a hyphen and 1 to 3 letters or digits. A Location also checks that the code's country is its own."""
    name: Text
    """The area's name as reported: \"Zaporizhzhia region\""""
    iso_code: Optional[SubdivisionCode] = None
    """The ISO 3166-2 code: \"UA-23\""""
    alternate_names: list[PlaceName] = Field(default_factory=list, max_length=10000)
    """Other names and spellings of the area: \"Zaporozhye region\""""

class GeoPoint(SitrepModel):
    """A point on the earth in WGS84 decimal degrees. Rules: latitude within [-90, 90], longitude within [-180, 180], both finite."""
    latitude: Latitude
    """Degrees north of the equator, -90 to 90"""
    longitude: Longitude
    """Degrees east of Greenwich, -180 to 180"""

class DeFactoControl(SitrepModel):
    """Who controls a place in fact, as reported, kept apart from the country it belongs to de jure."""
    controller: Actor
    """The party reported to be in control: Russia, Russian forces"""
    as_of: Optional[ReportedTime] = None
    """When the control was reported to hold"""
    claim: Optional[ClaimId] = None
    """The claim in the same report that says so"""
    phrase: Optional[Text] = None
    """The words as reported: \"the Russian-controlled part of Ukraine's ... region\""""

class GazetteerRef(SitrepModel):
    """A place's id in a gazetteer: GeoNames, a humanitarian P-code, OpenStreetMap or Wikidata. Rules: a GeoNames id is digits; a P-code is two upper-case letters then letters or digits; a Wikidata id is Q and digits; an OSM id is node/, way/ or relation/ and digits; an id of a scheme this version does not know is any text without white space."""
    scheme: GazetteerScheme
    """The gazetteer"""
    id: GazetteerId
    """The id in that gazetteer: \"704147\""""

    def known_scheme(self) -> Optional[GazetteerSchemeCode]:
        """The known code of scheme (None for a code this version does not know)."""
        return known(self.scheme, GazetteerSchemeCode)

class Party(SitrepModel):
    """An actor taking part in an Incident, in a role, on a side where the report or dataset codes one, and with the claim that says so: an attribution is someone's claim, never the library's verdict. Rules: the phrase is trimmed and not blank."""
    actor: Actor
    """Who: the state, armed force, group or people"""
    role: PartyRole
    """The part they played, as reported"""
    side: Optional[DyadSide] = None
    """The side of the event they are on, where the report or dataset codes one"""
    claim: Optional[ClaimId] = None
    """The claim in the same report that attributes this part to them"""
    phrase: Optional[Text] = None
    """The words as reported: \"Ukrainian drones\", \"a Russian missile\""""

    def known_role(self) -> Optional[PartyRoleCode]:
        """The known code of role (None for a code this version does not know)."""
        return known(self.role, PartyRoleCode)

class Site(SitrepModel):
    """A place that was hit or targeted in an Incident: \"a market\", \"a railway station building\", \"the Southern Military District headquarters\"."""
    kind: SiteKind
    """What kind of place"""
    role: Optional[SiteRole] = None
    """The part it played, where the report says: what the attack was aimed at ('target'), what it hit ('hit'), where debris fell ('debris')"""
    description: Optional[Text] = None
    """The place as reported: \"the headquarters of the Southern Military District\""""

    def known_kind(self) -> Optional[SiteKindCode]:
        """The known code of kind (None for a code this version does not know)."""
        return known(self.kind, SiteKindCode)

    def known_role(self) -> Optional[SiteRoleCode]:
        """The known code of role (None for a code this version does not know)."""
        return known(self.role, SiteRoleCode)

class Damage(SitrepModel):
    """What was damaged in an Incident, how, by what and how many."""
    kind: DamageKind
    """How it was damaged"""
    object: Text
    """What was damaged, as reported: \"windows in a railway station building\""""
    count: Optional[Estimate] = None
    """How many, where counted: \"several cars\""""
    cause: Optional[Text] = None
    """What caused it, as reported: \"drone debris\""""
    cause_type: Optional[DamageCause] = None
    """What caused it, typed: 'debris'; 'not_stated' when the report gives no cause, which is not the same as no value (not recorded)"""

    def known_kind(self) -> Optional[DamageKindCode]:
        """The known code of kind (None for a code this version does not know)."""
        return known(self.kind, DamageKindCode)

    def known_cause_type(self) -> Optional[DamageCauseCode]:
        """The known code of cause_type (None for a code this version does not know)."""
        return known(self.cause_type, DamageCauseCode)

class CasualtyGroup(SitrepModel):
    """A part of a Casualty figure: how many of the people it counts were of one group. A part is never added to its figure's count: \"five dead, two of them children\" is a figure of Estimate.exactly(5) with the group CasualtyGroup.of(Demographic.CHILD, Estimate.exactly(2)), five people in all."""
    group: Demographic
    """Who they were: children, women, rescuers"""
    count: Estimate
    """How many of the figure's people were of the group"""

    def known_group(self) -> Optional[DemographicCode]:
        """The known code of group (None for a code this version does not know)."""
        return known(self.group, DemographicCode)

class AidItem(SitrepModel):
    """One line of an AidPackage: what is sent, what kind of item, how many, and the platform it is for."""
    description: Text
    """What is sent, as reported: \"depleted uranium anti-tank shells\""""
    category: ItemCategory
    """What kind of item"""
    quantity: Optional[Estimate] = None
    """How many, where reported"""
    platform: Optional[Text] = None
    """The weapon system it is for: \"Abrams tanks\""""

    def known_category(self) -> Optional[ItemCategoryCode]:
        """The known code of category (None for a code this version does not know)."""
        return known(self.category, ItemCategoryCode)

class EmbeddedPost(SitrepModel):
    """A social-media post quoted inside a Report, kept with its author, time, text and links."""
    id: PostId
    """The post's id within the report"""
    author: Actor
    """Who posted it"""
    platform: Text
    """The network: \"Twitter\", \"Telegram\""""
    url: Optional[HttpUrl] = None
    """The post's own address, where known"""
    posted_on: Optional[ReportedTime] = None
    """When it was posted, as shown: September 7, 2023"""
    text: Optional[Text] = None
    """The text as embedded, verbatim but for white space at either end"""
    links: list[HttpUrl] = Field(default_factory=list, max_length=10000)
    """Links shown in the post: pictures, videos, other pages"""

class DatasetRecord(SitrepModel):
    """A dataset row an Incident was built from or matches, by its dataset and its own id, and when the dataset last changed the row. Rules: the id is 1 to 128 characters without white space or control characters."""
    scheme: DatasetScheme
    """The dataset"""
    id: DatasetRecordId
    """The row's id in its dataset: ACLED's event_id_cnty, UCDP GED's id"""
    updated_at: Optional[DateTime] = None
    """When the dataset last changed the row: ACLED's timestamp"""

    def known_scheme(self) -> Optional[DatasetSchemeCode]:
        """The known code of scheme (None for a code this version does not know)."""
        return known(self.scheme, DatasetSchemeCode)

class AcledCoding(SitrepModel):
    """What an ACLED row says of an event beyond what the rest of the model holds: disorder_type, civilian_targeting, source_scale, tags, the types of the two main actors (inter1, inter2), ACLED's region and country names, and the event_date where the incident's time does not give it back. The event and sub-event type are the incident's IncidentType, the actors its parties, the dates and places its time and location, the fatalities its casualty figures. Rules: no disorder type or tag is listed twice; the source scale, tags, region and country are trimmed and not blank; an inter2 needs an inter1. The incident checks that the event date lies within its time."""
    disorder_types: list[DisorderType] = Field(default_factory=list, max_length=10000)
    """ACLED's disorder_type, one or two of them"""
    civilian_targeting: StrictBool = False
    """Whether ACLED marks the event as targeting civilians (civilian_targeting is \"Civilian targeting\"). False unless set."""
    source_scale: Optional[Text] = None
    """ACLED's source_scale, as written: \"National\", \"Subnational-National\""""
    tags: list[Text] = Field(default_factory=list, max_length=10000)
    """ACLED's tags, one by one: \"crowd size=no report\""""
    inter1: Optional[AcledActorType] = None
    """ACLED's inter1: the type of the main actor on side A"""
    inter2: Optional[AcledActorType] = None
    """ACLED's inter2: the type of the main actor on side B"""
    region: Optional[Text] = None
    """ACLED's region, as written: \"Europe\", \"Middle East\""""
    country: Optional[Text] = None
    """ACLED's country, as written: \"Ukraine\", \"Democratic Republic of Congo\" (the location's country is the ISO code)"""
    event_date: Optional[Date] = None
    """ACLED's event_date where the incident's time does not give it back: a time of month precision spans the calendar month, and this is the day ACLED wrote (ACLED uses the middle of the month). Absent for a day or a week, whose date is the span's first or middle day."""

class UcdpCoding(SitrepModel):
    """What a UCDP GED row says of an event beyond what the rest of the model holds: the conflict, dyad and sides it belongs to, by UCDP's ids and names, relid, active_year, event_clarity, code_status, the sources as UCDP lists them, the country and region as UCDP names and numbers them, and the low and high totals of deaths. The type of violence is the incident's ViolenceType, the sides' names its parties, the deaths by side its casualty figures (which add up to UCDP's best), the dates and the place its time and location. Rules: ids, counts and totals are not negative; the texts are trimmed and not blank; the low total is at most the high one."""
    conflict_id: Optional[Count] = None
    """UCDP's conflict_new_id: the conflict the event belongs to"""
    dyad_id: Optional[Count] = None
    """UCDP's dyad_new_id: the pair of sides"""
    event_clarity: Optional[EventClarity] = None
    """UCDP's event_clarity"""
    code_status: Optional[Text] = None
    """UCDP's code_status, as written: \"Clear\", \"Check dyad\""""
    number_of_sources: Optional[Count] = None
    """UCDP's number_of_sources"""
    relid: Optional[Text] = None
    """UCDP's relid: the row's id among UCDP's releases, \"UKR-2022-1-1234-56\""""
    active_year: Optional[StrictBool] = None
    """UCDP's active_year: whether the event belongs to a dyad's year with at least 25 deaths"""
    conflict_dataset_id: Optional[Count] = None
    """UCDP's conflict_dset_id: the conflict's id in UCDP's conflict datasets"""
    conflict_name: Optional[Text] = None
    """UCDP's conflict_name: \"Russia - Ukraine\""""
    dyad_dataset_id: Optional[Count] = None
    """UCDP's dyad_dset_id: the dyad's id in UCDP's dyadic datasets"""
    dyad_name: Optional[Text] = None
    """UCDP's dyad_name: \"Government of Russia (Soviet Union) - Government of Ukraine\""""
    side_a_id: Optional[Count] = None
    """UCDP's side_a_new_id: side A's actor id"""
    side_a_dataset_id: Optional[Count] = None
    """UCDP's side_a_dset_id: side A's id in UCDP's actor datasets"""
    side_b_id: Optional[Count] = None
    """UCDP's side_b_new_id: side B's actor id"""
    side_b_dataset_id: Optional[Count] = None
    """UCDP's side_b_dset_id: side B's id in UCDP's actor datasets"""
    gwno_a: Optional[Text] = None
    """UCDP's gwnoa: side A's Gleditsch-Ward country codes, as written: \"365\""""
    gwno_b: Optional[Text] = None
    """UCDP's gwnob: side B's Gleditsch-Ward country codes, as written"""
    source_article: Optional[Text] = None
    """UCDP's source_article: the articles the event is coded from, as written"""
    source_office: Optional[Text] = None
    """UCDP's source_office: the agencies or outlets, as written"""
    source_date: Optional[Text] = None
    """UCDP's source_date: the articles' dates, as written"""
    source_headline: Optional[Text] = None
    """UCDP's source_headline: the articles' headlines, as written"""
    source_original: Optional[Text] = None
    """UCDP's source_original: who the articles cite, as written"""
    country: Optional[Text] = None
    """UCDP's country, as written: \"Russia (Soviet Union)\""""
    country_id: Optional[Count] = None
    """UCDP's country_id: the country's Gleditsch-Ward code, 365 for Russia"""
    region: Optional[Text] = None
    """UCDP's region, as written: \"Europe\""""
    deaths_low: Optional[Count] = None
    """UCDP's low: the lowest total of deaths the sources support, not split by side"""
    deaths_high: Optional[Count] = None
    """UCDP's high: the highest total of deaths the sources support, not split by side"""

class Engagement(SitrepModel):
    """The fate of one kind of weapon in an attack wave: how many were launched, how many were stopped (intercepted, shot down, suppressed) and how, how many hit, as someone reports it. Rules: the stopped and hit figures are each no larger than the launched one, and together no larger than it, where their bounds are known; a share of 'none' stopped goes with no stopped figure above zero, a share of 'all' with no hit figure above zero; no method or interceptor is listed twice; the phrase is trimmed and not blank."""
    means: Means
    """The kind of weapon: drones, cruise missiles, glide bombs"""
    launched: Optional[Estimate] = None
    """How many were launched or fired: \"launched 48\", \"over two dozen drones\""""
    stopped: Optional[Estimate] = None
    """How many were stopped: intercepted, shot down, suppressed, \"intercepted 44\""""
    stopped_share: Optional[Proportion] = None
    """The share stopped, where the report gives words instead of a number: \"most of them\""""
    hit: Optional[Estimate] = None
    """How many reached a target or struck: \"four hit their targets\""""
    methods: list[InterceptionMethod] = Field(default_factory=list, max_length=10000)
    """How they were stopped: air defence, electronic warfare, fighter aircraft"""
    interceptors: list[Actor] = Field(default_factory=list, max_length=10000)
    """Who stopped them, where the report says: \"the air force\", \"a mobile fire group\""""
    claim: Optional[ClaimId] = None
    """The claim in the same report that gives these figures"""
    phrase: Optional[Text] = None
    """The words as reported: \"launched 48, intercepted 44\""""

    def known_means(self) -> Optional[MeansCode]:
        """The known code of means (None for a code this version does not know)."""
        return known(self.means, MeansCode)

    def known_methods(self) -> list[Optional[InterceptionMethodCode]]:
        """The known codes of methods (None for a code this version does not know)."""
        return known(self.methods, InterceptionMethodCode)

class RelativePosition(SitrepModel):
    """Where a Location is relative to another place, as the report puts it: \"southeast of the Russian capital\", \"20 km from the border\", \"near the front line\". Rules: the reference and the phrase are trimmed and not blank."""
    direction: Optional[CompassDirection] = None
    """The direction from the reference place, where given"""
    distance_km: Optional[Estimate] = None
    """The distance from the reference place in kilometres, where given: \"20 km\""""
    reference: Text
    """The place it is relative to, as reported: \"the Russian capital\", \"the front line\""""
    phrase: Optional[Text] = None
    """The words as reported: \"southeast of the Russian capital\""""

class IncidentLink(SitrepModel):
    """A typed link from one Incident to another, in the same report or in another: the same event, possibly the same, a part of it, a follow-up of it, and who says so. Rules: an incident or a global id (or both). The report refuses a link whose incident or claim is not in it, a link whose incident has another global id than the link's, and an incident that links to itself."""
    relation: IncidentRelation
    """How the incident is related to the other"""
    incident: Optional[IncidentId] = None
    """The other incident, in the same report"""
    global_id: Optional[GlobalId] = None
    """The other incident, in another report, by its global id"""
    claim: Optional[ClaimId] = None
    """The claim that asserts the link; none if the recorder asserts it"""

    def known_relation(self) -> Optional[IncidentRelationCode]:
        """The known code of relation (None for a code this version does not know)."""
        return known(self.relation, IncidentRelationCode)

class Assessment(SitrepModel):
    """A verification assessment of a Claim: who assessed it, when, with what result, by which methods, in their words. Rules: the statement is trimmed and not blank; no method is listed twice."""
    assessor: Actor
    """Who assessed the claim: the publisher, a fact-checker, the recorder"""
    assessed_on: Optional[ReportedTime] = None
    """When it was assessed"""
    result: VerificationStatus
    """What the assessor found"""
    methods: list[VerificationMethod] = Field(default_factory=list, max_length=10000)
    """How the claim was checked"""
    statement: Optional[Text] = None
    """The assessment in the assessor's words: \"could not independently verify\""""

    def known_methods(self) -> list[Optional[VerificationMethodCode]]:
        """The known codes of methods (None for a code this version does not know)."""
        return known(self.methods, VerificationMethodCode)

class Evidence(SitrepModel):
    """Material attached to a Claim: a photo, a video, a document, with where it is, an archived copy, a digest of its content and when it was captured. Rules: a URL, an archive URL or a content hash (at least one), so that the material can be found or checked; URLs are absolute http(s); the description is trimmed and not blank."""
    kind: EvidenceKind
    """What kind of material"""
    url: Optional[HttpUrl] = None
    """Where it was published"""
    archive_url: Optional[HttpUrl] = None
    """An archived copy: the Wayback Machine, archive.today"""
    hash: Optional[ContentHash] = None
    """A digest of the file's content"""
    captured_at: Optional[DateTime] = None
    """When it was captured or archived"""
    description: Optional[Text] = None
    """What it shows"""

    def known_kind(self) -> Optional[EvidenceKindCode]:
        """The known code of kind (None for a code this version does not know)."""
        return known(self.kind, EvidenceKindCode)

class ContentHash(SitrepModel):
    """A digest of a file's content, so that a copy can be checked against the evidence that was seen: ContentHash.of(HashAlgorithm.SHA_256, \"9f86d081...\"). Rules: the digest is lowercase hexadecimal, of the algorithm's length (64 digits for SHA-256)."""
    algorithm: HashAlgorithm
    """The hash function"""
    hex: HexDigest
    """The digest, in lowercase hexadecimal"""

class Coding(SitrepModel):
    """Who or what coded a record (an incident, a claim, a casualty figure), when, and how confident they were: the provenance of the coding, separate from the provenance of the facts (the claims). Rules: the model is trimmed and not blank; the probability is from 0 to 1; a model and a probability belong to a program's coding, so a coding by 'human' has neither."""
    method: CodingMethod
    """How the record was coded: by a person, a program, or both"""
    coder: Optional[Actor] = None
    """Who coded it: a person, a team, an organisation"""
    model: Optional[Text] = None
    """The program that coded it, with its version: \"viina-bert-2.1\""""
    probability: Optional[Probability] = None
    """The program's probability for what it coded, from 0 to 1"""
    coded_at: Optional[DateTime] = None
    """When it was coded"""
    confidence: Optional[Confidence] = None
    """How confident the coder is"""

    def known_method(self) -> Optional[CodingMethodCode]:
        """The known code of method (None for a code this version does not know)."""
        return known(self.method, CodingMethodCode)

class Confidence(SitrepModel):
    """How confident the coder of a record is in it: a score from 0 to 100 (STIX 2.1's confidence), a level in words, or both. Separate from verification: a claim can be unverified and coded with high confidence that it was made. Rules: a score or a level (or both); the score is from 0 to 100; with both, the score is in the level's range on STIX's \"None / Low / Med / High\" scale (ConfidenceLevel)."""
    score: Optional[ConfidenceScore] = None
    """The score, from 0 (none) to 100 (certain)"""
    level: Optional[ConfidenceLevel] = None
    """The confidence in words"""

class Syndication(SitrepModel):
    """Agency copy: the news agency whose story a Report republishes, with the agency's own address and time and the byline as printed. Rules: the byline is trimmed and not blank; the URL is absolute http(s)."""
    agency: Actor
    """The agency: AP, AFP, Reuters"""
    url: Optional[HttpUrl] = None
    """The agency's own copy of the story"""
    published_at: Optional[DateTime] = None
    """When the agency published it"""
    byline: Optional[Text] = None
    """The byline as printed: \"By Hanna Arhirova, AP\""""

class Publication(SitrepModel):
    """Another outlet that ran the same story as a Report: who, where, when, under which headline. GDELT links one event to its many mentions; this links one report to the other publications of its story. Rules: the headline is trimmed and not blank; the URL is absolute http(s)."""
    publisher: Actor
    """The outlet"""
    url: Optional[HttpUrl] = None
    """Where it ran"""
    published_at: Optional[DateTime] = None
    """When it ran"""
    headline: Optional[Text] = None
    """Its headline there"""

class Licence(SitrepModel):
    """The licence and attribution terms of a report or record, as STIX markings and HDX datasets carry them: an SPDX licence id, the licence's address, and the attribution the terms ask for. Rules: an SPDX id or a URL (or both); the SPDX id is a licence id or a LicenseRef- (letters, digits, . - +, at most 64 characters; not checked against the SPDX list, which grows); the URL is absolute http(s); the attribution is trimmed and not blank."""
    spdx_id: Optional[SpdxId] = None
    """The SPDX licence id: \"CC-BY-4.0\""""
    url: Optional[HttpUrl] = None
    """Where the terms are"""
    attribution: Optional[Text] = None
    """The attribution the terms ask for, as it should be printed"""

class Withdrawal(SitrepModel):
    """A feed record that takes a report out: \"record X is withdrawn\", as ACLED's list of deleted events and STIX 2.1's revoked say it. A consumer that applies it (see ReportLedger) drops the report and ignores it if it arrives again. Rules: the schema version is MAJOR.MINOR of the major version this library reads (as a report's); the reason is trimmed and not blank; a report is not replaced by itself."""
    withdraws: ReportId
    """The report withdrawn"""
    schema_version: SchemaVersion
    """The version of the Sitrep schema the record follows, MAJOR.MINOR, as a report's: any 1.y is accepted, another major version refused."""
    kind: WithdrawalKind
    """Why it is withdrawn"""
    withdrawn_at: DateTime
    """When it was withdrawn"""
    by: Optional[Actor] = None
    """Who withdrew it: the publisher, the dataset, the recorder"""
    reason: Optional[Text] = None
    """The reason, in their words: \"published in error\""""
    replaced_by: Optional[ReportId] = None
    """The report that replaces it, if one does"""

    def known_kind(self) -> Optional[WithdrawalKindCode]:
        """The known code of kind (None for a code this version does not know)."""
        return known(self.kind, WithdrawalKindCode)


#: The wire definition, as the hand-written checks interpret it: type -> property -> (cardinality, kind, schema name).
WIRE: dict[str, dict[str, tuple[str, str, str]]] = {
    "Report": {
        "id": ("REQUIRED", "TEXT", "ReportId"),
        "schema_version": ("REQUIRED", "SCHEMA_VERSION", "SchemaVersion"),
        "headline": ("OPTIONAL", "TEXT", "Text"),
        "publisher": ("OPTIONAL", "OBJECT", "Actor"),
        "url": ("OPTIONAL", "TEXT", "HttpUrl"),
        "published_at": ("OPTIONAL", "TEXT", "DateTime"),
        "published_on": ("OPTIONAL", "TEXT", "Date"),
        "modified_at": ("OPTIONAL", "TEXT", "DateTime"),
        "supersedes": ("LIST", "TEXT", "ReportId"),
        "retrieved_at": ("OPTIONAL", "TEXT", "DateTime"),
        "language": ("OPTIONAL", "TEXT", "LanguageTag"),
        "tlp": ("OPTIONAL", "CLOSED_CODE", "Tlp"),
        "licence": ("OPTIONAL", "OBJECT", "Licence"),
        "authors": ("LIST", "OBJECT", "Actor"),
        "syndication": ("OPTIONAL", "OBJECT", "Syndication"),
        "other_publications": ("LIST", "OBJECT", "Publication"),
        "posts": ("LIST", "OBJECT", "EmbeddedPost"),
        "incidents": ("LIST", "OBJECT", "Incident"),
        "claims": ("LIST", "OBJECT", "Claim"),
        "aid_packages": ("LIST", "OBJECT", "AidPackage"),
    },
    "Incident": {
        "id": ("REQUIRED", "TEXT", "IncidentId"),
        "global_id": ("OPTIONAL", "TEXT", "GlobalId"),
        "type": ("REQUIRED", "OPEN_CODE", "IncidentType"),
        "time": ("OPTIONAL", "OBJECT", "ReportedTime"),
        "location": ("OPTIONAL", "OBJECT", "Location"),
        "means": ("LIST", "OPEN_CODE", "Means"),
        "quantity": ("OPTIONAL", "OBJECT", "Estimate"),
        "engagements": ("LIST", "OBJECT", "Engagement"),
        "outcome": ("REQUIRED", "OPEN_CODE", "IncidentOutcome"),
        "violence_type": ("OPTIONAL", "CLOSED_CODE", "ViolenceType"),
        "parties": ("LIST", "OBJECT", "Party"),
        "sites": ("LIST", "OBJECT", "Site"),
        "damage": ("LIST", "OBJECT", "Damage"),
        "casualties": ("LIST", "OBJECT", "Casualty"),
        "summary": ("OPTIONAL", "TEXT", "Text"),
        "claims": ("LIST", "TEXT", "ClaimId"),
        "links": ("LIST", "OBJECT", "IncidentLink"),
        "records": ("LIST", "OBJECT", "DatasetRecord"),
        "acled": ("OPTIONAL", "OBJECT", "AcledCoding"),
        "ucdp": ("OPTIONAL", "OBJECT", "UcdpCoding"),
        "coding": ("OPTIONAL", "OBJECT", "Coding"),
        "tlp": ("OPTIONAL", "CLOSED_CODE", "Tlp"),
        "licence": ("OPTIONAL", "OBJECT", "Licence"),
    },
    "Claim": {
        "id": ("REQUIRED", "TEXT", "ClaimId"),
        "source": ("REQUIRED", "OBJECT", "Actor"),
        "channel": ("OPTIONAL", "OBJECT", "Channel"),
        "made_on": ("OPTIONAL", "OBJECT", "ReportedTime"),
        "statement": ("OPTIONAL", "TEXT", "Text"),
        "quote": ("OPTIONAL", "TEXT", "Text"),
        "kind": ("REQUIRED", "OPEN_CODE", "ClaimKind"),
        "verification": ("REQUIRED", "CLOSED_CODE", "VerificationStatus"),
        "about_incidents": ("LIST", "TEXT", "IncidentId"),
        "about_casualties": ("LIST", "TEXT", "CasualtyId"),
        "about_aid_packages": ("LIST", "TEXT", "AidPackageId"),
        "about_claims": ("LIST", "TEXT", "ClaimId"),
        "post": ("OPTIONAL", "TEXT", "PostId"),
        "silent_on": ("LIST", "OPEN_CODE", "ClaimTopic"),
        "assessments": ("LIST", "OBJECT", "Assessment"),
        "evidence": ("LIST", "OBJECT", "Evidence"),
        "coding": ("OPTIONAL", "OBJECT", "Coding"),
    },
    "AidPackage": {
        "id": ("REQUIRED", "TEXT", "AidPackageId"),
        "donor": ("REQUIRED", "OBJECT", "Actor"),
        "recipient": ("REQUIRED", "OBJECT", "Actor"),
        "announced_on": ("OPTIONAL", "OBJECT", "ReportedTime"),
        "category": ("REQUIRED", "OPEN_CODE", "AidCategory"),
        "value": ("OPTIONAL", "OBJECT", "MonetaryValue"),
        "items": ("LIST", "OBJECT", "AidItem"),
        "expected_delivery": ("OPTIONAL", "OBJECT", "ReportedTime"),
        "stage": ("REQUIRED", "OPEN_CODE", "AidStage"),
        "related": ("LIST", "TEXT", "AidPackageId"),
        "claims": ("LIST", "TEXT", "ClaimId"),
        "summary": ("OPTIONAL", "TEXT", "Text"),
    },
    "Location": {
        "name": ("OPTIONAL", "TEXT", "Text"),
        "alternate_names": ("LIST", "OBJECT", "PlaceName"),
        "country": ("OPTIONAL", "TEXT", "CountryCode"),
        "admin1": ("OPTIONAL", "OBJECT", "AdminArea"),
        "admin2": ("OPTIONAL", "OBJECT", "AdminArea"),
        "admin3": ("OPTIONAL", "OBJECT", "AdminArea"),
        "point": ("OPTIONAL", "OBJECT", "GeoPoint"),
        "precision": ("REQUIRED", "CLOSED_CODE", "GeoPrecision"),
        "control": ("OPTIONAL", "OBJECT", "DeFactoControl"),
        "gazetteer_ids": ("LIST", "OBJECT", "GazetteerRef"),
        "relative_to": ("OPTIONAL", "OBJECT", "RelativePosition"),
        "description": ("OPTIONAL", "TEXT", "Text"),
    },
    "Casualty": {
        "id": ("REQUIRED", "TEXT", "CasualtyId"),
        "global_id": ("OPTIONAL", "TEXT", "GlobalId"),
        "outcome": ("REQUIRED", "OPEN_CODE", "CasualtyOutcome"),
        "population": ("REQUIRED", "OPEN_CODE", "PopulationGroup"),
        "side": ("OPTIONAL", "CLOSED_CODE", "DyadSide"),
        "count": ("REQUIRED", "OBJECT", "Estimate"),
        "breakdown": ("LIST", "OBJECT", "CasualtyGroup"),
        "condition": ("OPTIONAL", "OPEN_CODE", "CasualtyCondition"),
        "causes": ("LIST", "OPEN_CODE", "InjuryCause"),
        "location": ("OPTIONAL", "OBJECT", "Location"),
        "as_of": ("OPTIONAL", "OBJECT", "ReportedTime"),
        "provisional": ("DEFAULTED", "BOOLEAN", "Boolean"),
        "supersedes": ("OPTIONAL", "TEXT", "CasualtyId"),
        "claim": ("OPTIONAL", "TEXT", "ClaimId"),
        "coding": ("OPTIONAL", "OBJECT", "Coding"),
    },
    "Estimate": {
        "low": ("OPTIONAL", "INTEGER", "Count"),
        "best": ("OPTIONAL", "INTEGER", "Count"),
        "high": ("OPTIONAL", "INTEGER", "Count"),
        "qualifier": ("REQUIRED", "CLOSED_CODE", "EstimateQualifier"),
        "phrase": ("OPTIONAL", "TEXT", "Text"),
    },
    "ReportedTime": {
        "start": ("REQUIRED", "TEXT", "Date"),
        "end": ("REQUIRED", "TEXT", "Date"),
        "instant": ("OPTIONAL", "TEXT", "DateTime"),
        "precision": ("REQUIRED", "CLOSED_CODE", "TimePrecision"),
        "part_of_day": ("OPTIONAL", "CLOSED_CODE", "PartOfDay"),
        "clock_time": ("OPTIONAL", "TEXT", "ClockTime"),
        "equivalents": ("LIST", "TEXT", "DateTime"),
        "anchor": ("OPTIONAL", "CLOSED_CODE", "TimeAnchor"),
        "phrase": ("OPTIONAL", "TEXT", "Text"),
    },
    "Money": {
        "amount": ("REQUIRED", "TEXT", "DecimalAmount"),
        "currency": ("REQUIRED", "TEXT", "CurrencyCode"),
    },
    "MonetaryValue": {
        "amount": ("REQUIRED", "OBJECT", "Money"),
        "qualifier": ("REQUIRED", "CLOSED_CODE", "EstimateQualifier"),
        "equivalents": ("LIST", "OBJECT", "Money"),
        "phrase": ("OPTIONAL", "TEXT", "Text"),
    },
    "Actor": {
        "name": ("REQUIRED", "TEXT", "Text"),
        "kind": ("REQUIRED", "OPEN_CODE", "ActorKind"),
        "role": ("OPTIONAL", "TEXT", "Text"),
        "country": ("OPTIONAL", "TEXT", "CountryCode"),
        "affiliation": ("OPTIONAL", "TEXT", "Text"),
        "handle": ("OPTIONAL", "TEXT", "Handle"),
        "url": ("OPTIONAL", "TEXT", "HttpUrl"),
    },
    "Channel": {
        "kind": ("REQUIRED", "OPEN_CODE", "ChannelKind"),
        "name": ("OPTIONAL", "TEXT", "Text"),
        "url": ("OPTIONAL", "TEXT", "HttpUrl"),
    },
    "PlaceName": {
        "name": ("REQUIRED", "TEXT", "Text"),
        "language": ("OPTIONAL", "TEXT", "LanguageTag"),
    },
    "AdminArea": {
        "name": ("REQUIRED", "TEXT", "Text"),
        "iso_code": ("OPTIONAL", "TEXT", "SubdivisionCode"),
        "alternate_names": ("LIST", "OBJECT", "PlaceName"),
    },
    "GeoPoint": {
        "latitude": ("REQUIRED", "NUMBER", "Latitude"),
        "longitude": ("REQUIRED", "NUMBER", "Longitude"),
    },
    "DeFactoControl": {
        "controller": ("REQUIRED", "OBJECT", "Actor"),
        "as_of": ("OPTIONAL", "OBJECT", "ReportedTime"),
        "claim": ("OPTIONAL", "TEXT", "ClaimId"),
        "phrase": ("OPTIONAL", "TEXT", "Text"),
    },
    "GazetteerRef": {
        "scheme": ("REQUIRED", "OPEN_CODE", "GazetteerScheme"),
        "id": ("REQUIRED", "TEXT", "GazetteerId"),
    },
    "Party": {
        "actor": ("REQUIRED", "OBJECT", "Actor"),
        "role": ("REQUIRED", "OPEN_CODE", "PartyRole"),
        "side": ("OPTIONAL", "CLOSED_CODE", "DyadSide"),
        "claim": ("OPTIONAL", "TEXT", "ClaimId"),
        "phrase": ("OPTIONAL", "TEXT", "Text"),
    },
    "Site": {
        "kind": ("REQUIRED", "OPEN_CODE", "SiteKind"),
        "role": ("OPTIONAL", "OPEN_CODE", "SiteRole"),
        "description": ("OPTIONAL", "TEXT", "Text"),
    },
    "Damage": {
        "kind": ("REQUIRED", "OPEN_CODE", "DamageKind"),
        "object": ("REQUIRED", "TEXT", "Text"),
        "count": ("OPTIONAL", "OBJECT", "Estimate"),
        "cause": ("OPTIONAL", "TEXT", "Text"),
        "cause_type": ("OPTIONAL", "OPEN_CODE", "DamageCause"),
    },
    "CasualtyGroup": {
        "group": ("REQUIRED", "OPEN_CODE", "Demographic"),
        "count": ("REQUIRED", "OBJECT", "Estimate"),
    },
    "AidItem": {
        "description": ("REQUIRED", "TEXT", "Text"),
        "category": ("REQUIRED", "OPEN_CODE", "ItemCategory"),
        "quantity": ("OPTIONAL", "OBJECT", "Estimate"),
        "platform": ("OPTIONAL", "TEXT", "Text"),
    },
    "EmbeddedPost": {
        "id": ("REQUIRED", "TEXT", "PostId"),
        "author": ("REQUIRED", "OBJECT", "Actor"),
        "platform": ("REQUIRED", "TEXT", "Text"),
        "url": ("OPTIONAL", "TEXT", "HttpUrl"),
        "posted_on": ("OPTIONAL", "OBJECT", "ReportedTime"),
        "text": ("OPTIONAL", "TEXT", "Text"),
        "links": ("LIST", "TEXT", "HttpUrl"),
    },
    "DatasetRecord": {
        "scheme": ("REQUIRED", "OPEN_CODE", "DatasetScheme"),
        "id": ("REQUIRED", "TEXT", "DatasetRecordId"),
        "updated_at": ("OPTIONAL", "TEXT", "DateTime"),
    },
    "AcledCoding": {
        "disorder_types": ("LIST", "CLOSED_CODE", "DisorderType"),
        "civilian_targeting": ("DEFAULTED", "BOOLEAN", "Boolean"),
        "source_scale": ("OPTIONAL", "TEXT", "Text"),
        "tags": ("LIST", "TEXT", "Text"),
        "inter1": ("OPTIONAL", "CLOSED_CODE", "AcledActorType"),
        "inter2": ("OPTIONAL", "CLOSED_CODE", "AcledActorType"),
        "region": ("OPTIONAL", "TEXT", "Text"),
        "country": ("OPTIONAL", "TEXT", "Text"),
        "event_date": ("OPTIONAL", "TEXT", "Date"),
    },
    "UcdpCoding": {
        "conflict_id": ("OPTIONAL", "INTEGER", "Count"),
        "dyad_id": ("OPTIONAL", "INTEGER", "Count"),
        "event_clarity": ("OPTIONAL", "CLOSED_CODE", "EventClarity"),
        "code_status": ("OPTIONAL", "TEXT", "Text"),
        "number_of_sources": ("OPTIONAL", "INTEGER", "Count"),
        "relid": ("OPTIONAL", "TEXT", "Text"),
        "active_year": ("OPTIONAL", "BOOLEAN", "Boolean"),
        "conflict_dataset_id": ("OPTIONAL", "INTEGER", "Count"),
        "conflict_name": ("OPTIONAL", "TEXT", "Text"),
        "dyad_dataset_id": ("OPTIONAL", "INTEGER", "Count"),
        "dyad_name": ("OPTIONAL", "TEXT", "Text"),
        "side_a_id": ("OPTIONAL", "INTEGER", "Count"),
        "side_a_dataset_id": ("OPTIONAL", "INTEGER", "Count"),
        "side_b_id": ("OPTIONAL", "INTEGER", "Count"),
        "side_b_dataset_id": ("OPTIONAL", "INTEGER", "Count"),
        "gwno_a": ("OPTIONAL", "TEXT", "Text"),
        "gwno_b": ("OPTIONAL", "TEXT", "Text"),
        "source_article": ("OPTIONAL", "TEXT", "Text"),
        "source_office": ("OPTIONAL", "TEXT", "Text"),
        "source_date": ("OPTIONAL", "TEXT", "Text"),
        "source_headline": ("OPTIONAL", "TEXT", "Text"),
        "source_original": ("OPTIONAL", "TEXT", "Text"),
        "country": ("OPTIONAL", "TEXT", "Text"),
        "country_id": ("OPTIONAL", "INTEGER", "Count"),
        "region": ("OPTIONAL", "TEXT", "Text"),
        "deaths_low": ("OPTIONAL", "INTEGER", "Count"),
        "deaths_high": ("OPTIONAL", "INTEGER", "Count"),
    },
    "Engagement": {
        "means": ("REQUIRED", "OPEN_CODE", "Means"),
        "launched": ("OPTIONAL", "OBJECT", "Estimate"),
        "stopped": ("OPTIONAL", "OBJECT", "Estimate"),
        "stopped_share": ("OPTIONAL", "CLOSED_CODE", "Proportion"),
        "hit": ("OPTIONAL", "OBJECT", "Estimate"),
        "methods": ("LIST", "OPEN_CODE", "InterceptionMethod"),
        "interceptors": ("LIST", "OBJECT", "Actor"),
        "claim": ("OPTIONAL", "TEXT", "ClaimId"),
        "phrase": ("OPTIONAL", "TEXT", "Text"),
    },
    "RelativePosition": {
        "direction": ("OPTIONAL", "CLOSED_CODE", "CompassDirection"),
        "distance_km": ("OPTIONAL", "OBJECT", "Estimate"),
        "reference": ("REQUIRED", "TEXT", "Text"),
        "phrase": ("OPTIONAL", "TEXT", "Text"),
    },
    "IncidentLink": {
        "relation": ("REQUIRED", "OPEN_CODE", "IncidentRelation"),
        "incident": ("OPTIONAL", "TEXT", "IncidentId"),
        "global_id": ("OPTIONAL", "TEXT", "GlobalId"),
        "claim": ("OPTIONAL", "TEXT", "ClaimId"),
    },
    "Assessment": {
        "assessor": ("REQUIRED", "OBJECT", "Actor"),
        "assessed_on": ("OPTIONAL", "OBJECT", "ReportedTime"),
        "result": ("REQUIRED", "CLOSED_CODE", "VerificationStatus"),
        "methods": ("LIST", "OPEN_CODE", "VerificationMethod"),
        "statement": ("OPTIONAL", "TEXT", "Text"),
    },
    "Evidence": {
        "kind": ("REQUIRED", "OPEN_CODE", "EvidenceKind"),
        "url": ("OPTIONAL", "TEXT", "HttpUrl"),
        "archive_url": ("OPTIONAL", "TEXT", "HttpUrl"),
        "hash": ("OPTIONAL", "OBJECT", "ContentHash"),
        "captured_at": ("OPTIONAL", "TEXT", "DateTime"),
        "description": ("OPTIONAL", "TEXT", "Text"),
    },
    "ContentHash": {
        "algorithm": ("REQUIRED", "CLOSED_CODE", "HashAlgorithm"),
        "hex": ("REQUIRED", "TEXT", "HexDigest"),
    },
    "Coding": {
        "method": ("REQUIRED", "OPEN_CODE", "CodingMethod"),
        "coder": ("OPTIONAL", "OBJECT", "Actor"),
        "model": ("OPTIONAL", "TEXT", "Text"),
        "probability": ("OPTIONAL", "NUMBER", "Probability"),
        "coded_at": ("OPTIONAL", "TEXT", "DateTime"),
        "confidence": ("OPTIONAL", "OBJECT", "Confidence"),
    },
    "Confidence": {
        "score": ("OPTIONAL", "INTEGER", "ConfidenceScore"),
        "level": ("OPTIONAL", "CLOSED_CODE", "ConfidenceLevel"),
    },
    "Syndication": {
        "agency": ("REQUIRED", "OBJECT", "Actor"),
        "url": ("OPTIONAL", "TEXT", "HttpUrl"),
        "published_at": ("OPTIONAL", "TEXT", "DateTime"),
        "byline": ("OPTIONAL", "TEXT", "Text"),
    },
    "Publication": {
        "publisher": ("REQUIRED", "OBJECT", "Actor"),
        "url": ("OPTIONAL", "TEXT", "HttpUrl"),
        "published_at": ("OPTIONAL", "TEXT", "DateTime"),
        "headline": ("OPTIONAL", "TEXT", "Text"),
    },
    "Licence": {
        "spdx_id": ("OPTIONAL", "TEXT", "SpdxId"),
        "url": ("OPTIONAL", "TEXT", "HttpUrl"),
        "attribution": ("OPTIONAL", "TEXT", "Text"),
    },
    "Withdrawal": {
        "withdraws": ("REQUIRED", "TEXT", "ReportId"),
        "schema_version": ("REQUIRED", "SCHEMA_VERSION", "SchemaVersion"),
        "kind": ("REQUIRED", "OPEN_CODE", "WithdrawalKind"),
        "withdrawn_at": ("REQUIRED", "TEXT", "DateTime"),
        "by": ("OPTIONAL", "OBJECT", "Actor"),
        "reason": ("OPTIONAL", "TEXT", "Text"),
        "replaced_by": ("OPTIONAL", "TEXT", "ReportId"),
    },
}

#: The ISO 4217 codes the Java reader accepts (the JDK's java.util.Currency data).
CURRENCIES: frozenset[str] = frozenset({"ADP", "AED", "AFA", "AFN", "ALL", "AMD", "ANG", "AOA", "ARS", "ATS", "AUD", "AWG", "AYM", "AZM", "AZN", "BAM", "BBD", "BDT", "BEF", "BGL", "BGN", "BHD", "BIF", "BMD", "BND", "BOB", "BOV", "BRL", "BSD", "BTN", "BWP", "BYB", "BYN", "BYR", "BZD", "CAD", "CDF", "CHE", "CHF", "CHW", "CLF", "CLP", "CNY", "COP", "COU", "CRC", "CSD", "CUC", "CUP", "CVE", "CYP", "CZK", "DEM", "DJF", "DKK", "DOP", "DZD", "EEK", "EGP", "ERN", "ESP", "ETB", "EUR", "FIM", "FJD", "FKP", "FRF", "GBP", "GEL", "GHC", "GHS", "GIP", "GMD", "GNF", "GRD", "GTQ", "GWP", "GYD", "HKD", "HNL", "HRK", "HTG", "HUF", "IDR", "IEP", "ILS", "INR", "IQD", "IRR", "ISK", "ITL", "JMD", "JOD", "JPY", "KES", "KGS", "KHR", "KMF", "KPW", "KRW", "KWD", "KYD", "KZT", "LAK", "LBP", "LKR", "LRD", "LSL", "LTL", "LUF", "LVL", "LYD", "MAD", "MDL", "MGA", "MGF", "MKD", "MMK", "MNT", "MOP", "MRO", "MRU", "MTL", "MUR", "MVR", "MWK", "MXN", "MXV", "MYR", "MZM", "MZN", "NAD", "NGN", "NIO", "NLG", "NOK", "NPR", "NZD", "OMR", "PAB", "PEN", "PGK", "PHP", "PKR", "PLN", "PTE", "PYG", "QAR", "ROL", "RON", "RSD", "RUB", "RUR", "RWF", "SAR", "SBD", "SCR", "SDD", "SDG", "SEK", "SGD", "SHP", "SIT", "SKK", "SLE", "SLL", "SOS", "SRD", "SRG", "SSP", "STD", "STN", "SVC", "SYP", "SZL", "THB", "TJS", "TMM", "TMT", "TND", "TOP", "TPE", "TRL", "TRY", "TTD", "TWD", "TZS", "UAH", "UGX", "USD", "USN", "USS", "UYI", "UYU", "UZS", "VEB", "VED", "VEF", "VES", "VND", "VUV", "WST", "XAF", "XAG", "XAU", "XBA", "XBB", "XBC", "XBD", "XCD", "XCG", "XDR", "XFO", "XFU", "XOF", "XPD", "XPF", "XPT", "XSU", "XTS", "XUA", "XXX", "YER", "YUM", "ZAR", "ZMK", "ZMW", "ZWD", "ZWG", "ZWL", "ZWN", "ZWR"})

#: Every model class by its wire type's name.
MODELS: dict[str, type[SitrepModel]] = {
    "Report": Report,
    "Incident": Incident,
    "Claim": Claim,
    "AidPackage": AidPackage,
    "Location": Location,
    "Casualty": Casualty,
    "Estimate": Estimate,
    "ReportedTime": ReportedTime,
    "Money": Money,
    "MonetaryValue": MonetaryValue,
    "Actor": Actor,
    "Channel": Channel,
    "PlaceName": PlaceName,
    "AdminArea": AdminArea,
    "GeoPoint": GeoPoint,
    "DeFactoControl": DeFactoControl,
    "GazetteerRef": GazetteerRef,
    "Party": Party,
    "Site": Site,
    "Damage": Damage,
    "CasualtyGroup": CasualtyGroup,
    "AidItem": AidItem,
    "EmbeddedPost": EmbeddedPost,
    "DatasetRecord": DatasetRecord,
    "AcledCoding": AcledCoding,
    "UcdpCoding": UcdpCoding,
    "Engagement": Engagement,
    "RelativePosition": RelativePosition,
    "IncidentLink": IncidentLink,
    "Assessment": Assessment,
    "Evidence": Evidence,
    "ContentHash": ContentHash,
    "Coding": Coding,
    "Confidence": Confidence,
    "Syndication": Syndication,
    "Publication": Publication,
    "Licence": Licence,
    "Withdrawal": Withdrawal,
}

for _model in MODELS.values():
    _model.model_rebuild()
