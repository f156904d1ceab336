"""Place names of UK councils outside the corpus, used to spot "another council" in a question.

Not exhaustive: a council named with "Council", "City Council", "LB ..." and similar is
recognised without being listed here. The lists only matter for bare names ("Birmingham").
"""

from __future__ import annotations

# Named bare, these almost always mean the council (or the place's council) in our questions.
PLACES = """
Barking and Dagenham, Barnet, Bexley, Brent, Bromley, Camden, City of London, Croydon, Ealing,
Enfield, Greenwich, Hackney, Hammersmith and Fulham, Haringey, Harrow, Havering, Hillingdon,
Hounslow, Islington, Kensington and Chelsea, Kingston upon Thames, Lambeth, Lewisham, Merton, Newham,
Redbridge, Richmond upon Thames, Southwark, Sutton, Waltham Forest, Wandsworth, Westminster,
Birmingham, Coventry, Dudley, Sandwell, Solihull, Walsall, Wolverhampton, Manchester, Bolton,
Bury, Oldham, Rochdale, Salford, Stockport, Tameside, Trafford, Wigan, Liverpool, Knowsley,
Sefton, St Helens, Wirral, Leeds, Bradford, Calderdale, Kirklees, Wakefield, Sheffield, Barnsley,
Doncaster, Rotherham, Newcastle upon Tyne, Newcastle, Gateshead, North Tyneside, South Tyneside,
Sunderland, Bristol, Nottingham, Leicester, Derby, Stoke-on-Trent, Stoke, Plymouth, Southampton,
Portsmouth, Brighton and Hove, Brighton, Milton Keynes, Luton, Peterborough, Swindon, Reading,
Slough, York, Hull, Middlesbrough, Darlington, Hartlepool, Stockton-on-Tees, Redcar and Cleveland,
Telford and Wrekin, Shropshire, Herefordshire, Cornwall, Wiltshire, Bath and North East Somerset,
Bournemouth, Poole, Blackpool, Blackburn, Warrington, Halton, Cheshire East, Cheshire West and Chester,
Medway, Thurrock, Southend, Southend-on-Sea, Bedford, Central Bedfordshire, Rutland, Torbay,
North Somerset, South Gloucestershire, Windsor and Maidenhead, Wokingham, Bracknell Forest,
West Berkshire, Isle of Wight, Tamworth, Cannock Chase, Cannock, East Staffordshire, Stafford,
South Staffordshire, Newcastle-under-Lyme, Staffordshire Moorlands, Burton, Rugeley, North Warwickshire,
Nuneaton and Bedworth, Nuneaton, Rugby, Warwick, Stratford-on-Avon, Stratford, Redditch, Bromsgrove,
Wyre Forest, Worcester, Wychavon, Malvern Hills, Cardiff, Swansea, Newport, Wrexham, Glasgow,
Edinburgh, Aberdeen, Dundee, Belfast, Cambridge, Oxford, Canterbury, Norwich, Exeter, Gloucester,
Cheltenham, Colchester, Chelmsford, Ipswich, Lincoln, Carlisle, Lancaster, Preston, Chester,
Winchester, Salisbury, Bath, Durham, Northumberland, Wycombe, Aylesbury, Basildon, Harlow, Crawley,
Dacorum, St Albans, Watford, Stevenage, Hertsmere, Three Rivers, Welwyn Hatfield, Broxtowe, Gedling,
Ashfield, Mansfield, Bassetlaw, Erewash, Amber Valley, Chesterfield, Bolsover, North East Derbyshire,
High Peak, South Derbyshire, Charnwood, Hinckley and Bosworth, Blaby, Harborough, Melton,
Oadby and Wigston, North West Leicestershire
"""

# Common English words or surnames too: named bare, only trusted capitalised after in/at/for.
AMBIGUOUS = {
    "Bury",
    "Reading",
    "Bath",
    "Derby",
    "Harrow",
    "Sutton",
    "Brent",
    "Rugby",
    "Stafford",
    "Warwick",
    "Newport",
    "Melton",
    "Lincoln",
    "Chester",
    "Preston",
    "Stoke",
    "Poole",
    "Bedford",
    "Burton",
    "Durham",
    "Lancaster",
    "Newcastle",
    "Westminster",
    "Halton",
    "Medway",
}

# Counties: named bare they are usually a place ("a Staffordshire company"); only counted with
# "County Council", "CC" or "council".
COUNTIES = """
Staffordshire, Warwickshire, Worcestershire, Leicestershire, Derbyshire, Nottinghamshire,
Lincolnshire, Norfolk, Suffolk, Essex, Kent, Surrey, Hampshire, Devon, Somerset, Dorset,
Gloucestershire, Oxfordshire, Buckinghamshire, Hertfordshire, Cambridgeshire, Lancashire,
Cumbria, North Yorkshire, West Sussex, East Sussex, Northamptonshire, West Midlands,
Greater Manchester, Merseyside, Essex, Staffs, Warks, Worcs, Leics, Derbys, Notts, Lincs, Glos, Oxon,
Bucks, Herts, Cambs, Lancs, Northants
"""

# Names that contain a corpus council's name but are a different body: True for a council.
LOOKALIKES = {"Lichfield City Council": True, "Tower Hamlets Homes": False}


def split(block: str) -> list[str]:
    return [name.strip() for name in block.replace("\n", " ").split(",") if name.strip()]
