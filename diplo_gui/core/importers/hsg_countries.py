"""The Office of the Historian's country ids -> ISO 3166-1 alpha-2, chosen one by one.

The files name a country by an id (``china``) and a name as it was at the time
(``China, People’s Republic of``, ``U.S.S.R.``, ``Upper Volta (Burkina Faso)``). The id
decides, except where the name places the record elsewhere (Greenland under ``denmark``).
An id missing here is a located problem for the record, never a guess.

States that no longer exist: the data format's country is an ISO 3166-1 alpha-2 code,
which has none for them (ISO 3166-3's four-letter codes are not accepted), so each maps
to the present-day state that holds its capital (U.S.S.R. -> RU, Yugoslavia and Serbia and
Montenegro -> RS, Czechoslovakia -> CZ, the German Democratic Republic -> DE, the
Netherlands Antilles -> CW, Hawaii before 1898 -> US). The source's own country name stays
in the meeting's title, so the historical name is never lost.
"""

from __future__ import annotations

# id -> code; the comment says why where the choice is not the obvious one.
BY_ID: dict[str, str] = {
    "afghanistan": "AF", "albania": "AL", "algeria": "DZ", "angola": "AO",
    "antarctica": "AQ", "antigua-barbuda": "AG", "argentina": "AR", "armenia": "AM",
    "australia": "AU", "austria": "AT", "azerbaijan": "AZ", "bahamas": "BS", "bahrain": "BH",
    "bangladesh": "BD", "barbados": "BB", "belarus": "BY", "belgium": "BE", "belize": "BZ",
    "benin": "BJ",  # also "Dahomey (Benin)"
    "bolivia": "BO", "bosnia-herzegovina": "BA", "botswana": "BW", "brazil": "BR", "brunei": "BN",
    "bulgaria": "BG",
    "burkina-faso": "BF",  # also "Upper Volta"
    "burma": "MM", "burundi": "BI", "cambodia": "KH", "cameroon": "CM", "canada": "CA",
    "cape-verde": "CV", "central-african-republic": "CF", "chad": "TD", "chile": "CL",
    "china": "CN",  # also "China, Republic of" for a 1945 visit, when that government held the mainland
    "colombia": "CO", "comoros": "KM",
    "congo-democratic-republic": "CD", "congo-kinshasa": "CD", "congo-republic": "CG",
    "cook-islands": "CK", "costa-rica": "CR", "cote-divoire": "CI", "croatia": "HR", "cuba": "CU",
    "cyprus": "CY", "czech-republic": "CZ", "czechia": "CZ",
    "czechoslovakia": "CZ",  # a former state: the state holding its capital (see above)
    "denmark": "DK", "djibouti": "DJ", "dominica": "DM", "dominican-republic": "DO",
    "ecuador": "EC", "egypt": "EG", "el-salvador": "SV", "equatorial-guinea": "GQ", "eritrea": "ER",
    "estonia": "EE", "eswatini": "SZ", "ethiopia": "ET", "fiji": "FJ", "finland": "FI",
    "france": "FR", "french-polynesia": "PF", "gabon": "GA", "gambia": "GM", "georgia": "GE",
    "german-democratic-republic": "DE",  # a former state
    "germany": "DE", "ghana": "GH", "greece": "GR", "grenada": "GD", "guatemala": "GT",
    "guinea": "GN", "guinea-bissau": "GW", "guyana": "GY", "haiti": "HT",
    "hawaii": "US",  # the Kingdom and Republic of Hawaii (visits of 1874-1898): now a US state
    "holy-see": "VA", "honduras": "HN", "hungary": "HU", "iceland": "IS", "india": "IN",
    "indonesia": "ID", "iran": "IR", "iraq": "IQ", "ireland": "IE", "israel": "IL", "italy": "IT",
    "jamaica": "JM", "japan": "JP", "jordan": "JO", "kazakhstan": "KZ", "kenya": "KE",
    "kiribati": "KI",
    "korea": "KR",  # used for South Korea ("Korea, South")
    "korea-north": "KP", "korea-south": "KR",
    "kosovo": "XK",  # user-assigned, not ISO, but what the data format's country list (iso3166) accepts
    "kuwait": "KW", "kyrgyzstan": "KG", "laos": "LA", "latvia": "LV", "lebanon": "LB",
    "lesotho": "LS", "liberia": "LR", "libya": "LY", "liechtenstein": "LI", "lithuania": "LT",
    "luxembourg": "LU", "macedonia": "MK", "madagascar": "MG", "malawi": "MW",
    "malaysia": "MY",  # also "Malaya"
    "maldives": "MV", "mali": "ML", "malta": "MT", "marshall-islands": "MH", "mauritania": "MR",
    "mauritius": "MU", "mexico": "MX", "micronesia": "FM", "moldova": "MD", "monaco": "MC",
    "mongolia": "MN", "montenegro": "ME", "morocco": "MA", "mozambique": "MZ", "namibia": "NA",
    "nauru": "NR", "nepal": "NP", "netherlands": "NL",
    "netherlands-antilles": "CW",  # a former state
    "new-caledonia": "NC", "new-zealand": "NZ", "nicaragua": "NI", "niger": "NE", "nigeria": "NG",
    "niue": "NU", "north-macedonia": "MK", "norway": "NO", "oman": "OM", "pakistan": "PK",
    "palau": "PW", "palestinian-authority": "PS", "panama": "PA", "papua-new-guinea": "PG",
    "paraguay": "PY", "peru": "PE", "philippines": "PH", "poland": "PL", "portugal": "PT",
    "qatar": "QA", "romania": "RO",
    "russia": "RU",  # also "U.S.S.R.", a former state
    "rwanda": "RW", "saint-kitts-nevis": "KN", "saint-lucia": "LC", "saint-vincent-grenadines": "VC",
    "samoa": "WS",
    "somoa": "WS",  # the files' misspelling of Samoa (a 2022 visit)
    "sao-tome-and-principe": "ST", "saudi-arabia": "SA", "senegal": "SN",
    "serbia": "RS",  # also "Serbia and Montenegro", a former state
    "seychelles": "SC", "sierra-leone": "SL", "singapore": "SG", "slovakia": "SK", "slovenia": "SI",
    "solomon-islands": "SB", "somalia": "SO", "south-africa": "ZA", "south-sudan": "SS",
    "spain": "ES", "sri-lanka": "LK", "sudan": "SD", "suriname": "SR", "swaziland": "SZ",
    "sweden": "SE", "switzerland": "CH", "syria": "SY", "taiwan": "TW", "tajikistan": "TJ",
    "tanzania": "TZ", "thailand": "TH", "timor-leste": "TL", "togo": "TG", "tonga": "TO",
    "trinidad-and-tobago": "TT", "tunisia": "TN", "turkey": "TR", "turkiye": "TR",
    "turkmenistan": "TM", "tuvalu": "TV", "uganda": "UG", "ukraine": "UA",
    "united-arab-emirates": "AE", "united-kingdom": "GB", "uruguay": "UY", "uzbekistan": "UZ",
    "venezuela": "VE", "vietnam": "VN",
    "west-bank": "PS",
    "yemen": "YE",  # also "Yemen Arab Republic", whose code unified Yemen kept
    "yugoslavia": "RS",  # a former state
    "zambia": "ZM", "zimbabwe": "ZW",
}

# (id, name) pairs whose name places the record in another country than the id.
BY_ID_AND_NAME: dict[tuple[str, str], str] = {
    ("denmark", "Denmark (Greenland)"): "GL",
}


def country_code(country_id: str, name: str) -> str | None:
    """The ISO code for a file's country id and name; None when the id is not in the table."""
    return BY_ID_AND_NAME.get((country_id, " ".join(name.split()))) or BY_ID.get(country_id)
