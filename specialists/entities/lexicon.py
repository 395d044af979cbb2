"""Hand-written, reviewed entity lists that Faker lacks: real places, organisations and people.

Faker invents plausible names; held-out text mentions real ones (Google, Nairobi, the Louvre), so
these lists teach the model what well-known entities look like. Every item follows the annotation
guide: no leading "the", no titles, countries and cities are LOCATION, supranational bodies are
ORGANIZATION.
"""

from __future__ import annotations


def _items(block: str) -> tuple[str, ...]:
    """Split a ``|``-separated block into stripped, non-empty items."""
    return tuple(item.strip() for item in block.replace("\n", "|").split("|") if item.strip())


CITIES = _items("""
London|Paris|Berlin|Madrid|Lisbon|Rome|Milan|Naples|Vienna|Prague|Warsaw|Krakow|Budapest|Athens
Dublin|Edinburgh|Glasgow|Manchester|Liverpool|Birmingham|Leeds|Bristol|Cardiff|Belfast|Oxford
Amsterdam|Rotterdam|Brussels|Antwerp|Zurich|Geneva|Basel|Munich|Hamburg|Frankfurt|Cologne|Stuttgart
Copenhagen|Stockholm|Oslo|Helsinki|Reykjavik|Tallinn|Riga|Vilnius|Kyiv|Bucharest|Sofia|Belgrade
Zagreb|Ljubljana|Istanbul|Ankara|Izmir|Barcelona|Valencia|Seville|Bilbao|Porto|Marseille|Lyon|Nice
Toulouse|Bordeaux|Florence|Venice|Turin|Bologna|Moscow|Saint Petersburg|Minsk|Tbilisi|Yerevan|Baku
New York|Los Angeles|Chicago|Houston|Phoenix|Philadelphia|San Antonio|San Diego|Dallas|Austin
San Francisco|Seattle|Denver|Boston|Atlanta|Miami|Orlando|Detroit|Portland|Las Vegas|Nashville
New Orleans|Minneapolis|Pittsburgh|Baltimore|Cleveland|Salt Lake City|Honolulu|Anchorage|Toronto
Montreal|Vancouver|Ottawa|Calgary|Quebec City|Mexico City|Guadalajara|Monterrey|Havana|Kingston
Bogota|Medellin|Lima|Quito|Santiago|Buenos Aires|Montevideo|Sao Paulo|Rio de Janeiro|Brasilia
Salvador|Caracas|La Paz|Panama City|San Jose|Cairo|Alexandria|Casablanca|Marrakech|Tunis|Algiers
Lagos|Abuja|Accra|Dakar|Nairobi|Mombasa|Kampala|Kigali|Addis Ababa|Dar es Salaam|Zanzibar|Luanda
Johannesburg|Cape Town|Durban|Pretoria|Harare|Lusaka|Maputo|Windhoek|Dubai|Abu Dhabi|Doha|Riyadh
Jeddah|Muscat|Kuwait City|Tehran|Baghdad|Beirut|Amman|Jerusalem|Tel Aviv|Damascus|Karachi|Lahore
Islamabad|Delhi|New Delhi|Mumbai|Bangalore|Bengaluru|Chennai|Kolkata|Hyderabad|Pune|Jaipur|Kochi
Dhaka|Kathmandu|Colombo|Bangkok|Chiang Mai|Hanoi|Ho Chi Minh City|Phnom Penh|Vientiane|Yangon
Kuala Lumpur|Singapore|Jakarta|Bali|Manila|Cebu|Beijing|Shanghai|Shenzhen|Guangzhou|Chengdu
Wuhan|Hong Kong|Macau|Taipei|Seoul|Busan|Tokyo|Osaka|Kyoto|Yokohama|Sapporo|Hiroshima|Ulaanbaatar
Sydney|Melbourne|Brisbane|Perth|Adelaide|Canberra|Auckland|Wellington|Christchurch|Almaty|Tashkent
""")

COUNTRIES = _items("""
United States|United Kingdom|Great Britain|England|Scotland|Wales|Ireland|France|Germany|Spain
Portugal|Italy|Greece|Netherlands|Belgium|Switzerland|Austria|Poland|Czech Republic|Slovakia
Hungary|Romania|Bulgaria|Serbia|Croatia|Slovenia|Denmark|Sweden|Norway|Finland|Iceland|Estonia
Latvia|Lithuania|Ukraine|Russia|Belarus|Turkey|Georgia|Armenia|Azerbaijan|Canada|Mexico|Cuba
Jamaica|Colombia|Peru|Ecuador|Chile|Argentina|Uruguay|Paraguay|Brazil|Venezuela|Bolivia|Panama
Costa Rica|Guatemala|Egypt|Morocco|Tunisia|Algeria|Libya|Nigeria|Ghana|Senegal|Kenya|Uganda
Rwanda|Ethiopia|Tanzania|South Africa|Zimbabwe|Zambia|Mozambique|Namibia|Angola|Cameroon|Mali
Saudi Arabia|United Arab Emirates|Qatar|Oman|Kuwait|Iran|Iraq|Israel|Jordan|Lebanon|Syria|Yemen
Pakistan|India|Bangladesh|Nepal|Sri Lanka|Afghanistan|Thailand|Vietnam|Cambodia|Laos|Myanmar
Malaysia|Indonesia|Philippines|China|Taiwan|South Korea|North Korea|Japan|Mongolia|Kazakhstan
Uzbekistan|Australia|New Zealand|Fiji|USA|U.S.|UK|UAE
""")

REGIONS = _items("""
California|Texas|Florida|New York State|Ohio|Michigan|Oregon|Washington State|Arizona|Colorado
Nevada|Utah|Georgia|Virginia|Massachusetts|New Jersey|Illinois|Alaska|Hawaii|Ontario|Quebec
British Columbia|Alberta|Bavaria|Saxony|Tuscany|Sicily|Sardinia|Lombardy|Catalonia|Andalusia
Galicia|Brittany|Normandy|Provence|Flanders|Wallonia|Silesia|Lapland|Siberia|Scandinavia
Patagonia|Yorkshire|Cornwall|Kent|Punjab|Kerala|Goa|Maharashtra|Tamil Nadu|Queensland
Tasmania|Western Australia|Silicon Valley|Middle East|Southeast Asia|East Africa|West Africa
Latin America|South America|North America|Central America|Europe|Asia|Africa|Antarctica|Oceania
Balkans|Caribbean|Mediterranean|Midwest|New England|Scottish Highlands|Algarve|Riviera
""")

LANDMARKS = _items("""
Eiffel Tower|Louvre|Big Ben|Tower Bridge|Buckingham Palace|Hyde Park|Central Park|Times Square
Statue of Liberty|Golden Gate Bridge|Grand Canyon|Yellowstone|Niagara Falls|Mount Everest
Mount Kilimanjaro|Mount Fuji|Alps|Andes|Himalayas|Rocky Mountains|Sahara|Sahara Desert|Gobi Desert
Amazon River|Nile|River Thames|Danube|Rhine|Seine|Lake Geneva|Lake Victoria|Dead Sea
Atlantic Ocean|Pacific Ocean|Indian Ocean|Arctic|North Sea|Baltic Sea|Red Sea|Black Sea
Colosseum|Vatican|Sistine Chapel|Acropolis|Parthenon|Sagrada Familia|Alhambra|Machu Picchu
Taj Mahal|Great Wall|Great Wall of China|Forbidden City|Angkor Wat|Petra|Pyramids of Giza
Stonehenge|Kremlin|Red Square|Brandenburg Gate|Mont Blanc|Matterhorn|Table Mountain
Sydney Opera House|Great Barrier Reef|Uluru|Serengeti|Victoria Falls|Galapagos Islands|Iguazu Falls
Hollywood|Wall Street|Manhattan|Brooklyn|Heathrow|JFK Airport|Gatwick|Schiphol|Changi Airport
Montmartre|Trafalgar Square|Piccadilly Circus|Notre-Dame|Mount Olympus|Lake Como|Loch Ness
""")

COMPANIES = _items("""
Google|Alphabet|Microsoft|Apple|Amazon|Meta|Facebook|Netflix|Tesla|SpaceX|OpenAI|Anthropic|Nvidia
Intel|AMD|IBM|Oracle|SAP|Siemens|Bosch|BMW|Volkswagen|Mercedes-Benz|Audi|Porsche|Toyota|Honda
Nissan|Hyundai|Kia|Samsung|LG|Sony|Panasonic|Nintendo|Huawei|Xiaomi|Alibaba|Tencent|Baidu|ByteDance
TikTok|Uber|Lyft|Airbnb|Spotify|Shopify|Stripe|PayPal|Visa|Mastercard|Goldman Sachs|JPMorgan Chase
Morgan Stanley|Barclays|HSBC|Deutsche Bank|BNP Paribas|Santander|ING|UBS|Credit Suisse|BlackRock
Coca-Cola|PepsiCo|Nestle|Unilever|Procter & Gamble|Danone|Heineken|Starbucks|McDonald's|KFC
Walmart|Costco|IKEA|H&M|Zara|Inditex|Nike|Adidas|Puma|Louis Vuitton|Gucci|Chanel|L'Oreal
Boeing|Airbus|Lufthansa|Ryanair|easyJet|Emirates|Qatar Airways|British Airways|Air France|KLM
Delta Air Lines|United Airlines|Shell|BP|ExxonMobil|Chevron|TotalEnergies|Aramco|Gazprom|Pfizer
Moderna|AstraZeneca|Novartis|Roche|Bayer|Johnson & Johnson|GSK|Sanofi|Philips|Ericsson|Nokia
Vodafone|Telefonica|Deutsche Telekom|Verizon|AT&T|Comcast|Disney|Warner Bros|Paramount
BBC|CNN|Reuters|Bloomberg|Al Jazeera|Accenture|Deloitte|KPMG|McKinsey|PwC|Infosys|Tata Motors
Tata Consultancy Services|Reliance Industries|Wipro|Mahindra|Flipkart|Rakuten|SoftBank|Canon
Salesforce|Adobe|Zoom|Slack|Dropbox|GitHub|Atlassian|Red Hat|Cisco|Dell|HP|Lenovo|Asus|ARM
Volvo|Scania|Maersk|Carlsberg|Lego|Novo Nordisk|Spotify Technology|Booking.com|Expedia|DHL|FedEx
UPS|Renault|Peugeot|Fiat|Ferrari|Lamborghini|Petrobras|Embraer|Mercado Libre|Jumia|MTN|Safaricom
Apple Inc.|Microsoft Corporation|Amazon.com|Toyota Motor Corporation|Samsung Electronics
""")

UNIVERSITIES = _items("""
Harvard University|Harvard|Stanford University|Stanford|MIT|Massachusetts Institute of Technology
Yale University|Princeton University|Columbia University|Cornell University|Caltech
University of California|UCLA|UC Berkeley|University of Chicago|University of Michigan|NYU
New York University|Johns Hopkins University|Duke University|Georgetown University
University of Oxford|Oxford University|University of Cambridge|Cambridge University|Imperial College
Imperial College London|King's College London|London School of Economics|University College London
University of Edinburgh|Trinity College Dublin|Sorbonne|Sciences Po|ETH Zurich|EPFL
Heidelberg University|Humboldt University|Technical University of Munich|KU Leuven|Delft University
University of Amsterdam|Leiden University|Karolinska Institute|University of Copenhagen
University of Toronto|McGill University|University of Tokyo|Kyoto University|Peking University
Tsinghua University|National University of Singapore|University of Melbourne|University of Sydney
Australian National University|University of Cape Town|University of Nairobi|IIT Bombay
Indian Institute of Science|University of Sao Paulo|University of Lisbon|University of Porto
Complutense University of Madrid|University of Bologna|Sapienza University|Charles University
""")

AGENCIES = _items("""
NASA|ESA|FBI|CIA|NSA|FDA|CDC|EPA|IRS|US Congress|US Senate|Supreme Court
United Nations|UN|UNESCO|UNICEF|UNHCR|World Health Organization|WHO|World Bank
International Monetary Fund|IMF|World Trade Organization|WTO|NATO|European Union|EU
European Commission|European Parliament|European Central Bank|Federal Reserve|Bank of England
Bank of Japan|Red Cross|International Red Cross|Amnesty International|Greenpeace|Oxfam
Doctors Without Borders|Medecins Sans Frontieres|Human Rights Watch|WWF|Save the Children
Interpol|Europol|OPEC|African Union|ASEAN|G7|Scotland Yard|Metropolitan Police|NHS
Ministry of Defence|Ministry of Health|Department of Justice|Home Office|State Department
Bundestag|European Council|Labour Party|Conservative Party|Democratic Party|Republican Party
Bill & Melinda Gates Foundation|Wikimedia Foundation|Mozilla Foundation|Linux Foundation
International Olympic Committee|IOC|FIFA|UEFA|NBA|NFL|Formula One|Mayo Clinic|Cleveland Clinic
Red Crescent|Salvation Army|Rotary International|World Economic Forum|CERN|Max Planck Institute
""")

CLUBS = _items("""
Real Madrid|FC Barcelona|Barcelona FC|Atletico Madrid|Manchester United|Manchester City
Liverpool FC|Chelsea FC|Arsenal|Tottenham Hotspur|Bayern Munich|Borussia Dortmund|Juventus
AC Milan|Inter Milan|AS Roma|Napoli|Paris Saint-Germain|PSG|Ajax|Benfica|FC Porto|Sporting CP
Celtic|Rangers|Galatasaray|Fenerbahce|Boca Juniors|River Plate|Flamengo|Santos FC|LA Galaxy
Los Angeles Lakers|Chicago Bulls|Boston Celtics|Golden State Warriors|New York Yankees
Boston Red Sox|Dallas Cowboys|New England Patriots|Toronto Raptors|Mumbai Indians|Kaizer Chiefs
All Blacks|Red Bull Racing|Scuderia Ferrari|McLaren|Mercedes AMG
""")

PEOPLE = _items("""
Barack Obama|Michelle Obama|Joe Biden|Donald Trump|Kamala Harris|Hillary Clinton|Bill Clinton
Angela Merkel|Olaf Scholz|Emmanuel Macron|Rishi Sunak|Boris Johnson|Theresa May|Keir Starmer
Justin Trudeau|Narendra Modi|Xi Jinping|Vladimir Putin|Volodymyr Zelensky|Jacinda Ardern
Nelson Mandela|Cyril Ramaphosa|Lula da Silva|Javier Milei|Pedro Sanchez|Giorgia Meloni
Recep Tayyip Erdogan|Shinzo Abe|Kim Jong Un|Ursula von der Leyen|Antonio Guterres
Elon Musk|Jeff Bezos|Bill Gates|Mark Zuckerberg|Tim Cook
Sundar Pichai|Satya Nadella|Sam Altman|Jensen Huang|Warren Buffett
Steve Jobs|Larry Page|Sergey Brin|Jack Ma|Oprah Winfrey|Taylor Swift|Beyonce|Rihanna|Adele
Ed Sheeran|Shakira|Bad Bunny|Lionel Messi|Cristiano Ronaldo|Kylian Mbappe|Neymar|Erling Haaland
Serena Williams|Roger Federer|Rafael Nadal|Novak Djokovic|LeBron James|Michael Jordan
Usain Bolt|Simone Biles|Lewis Hamilton|Max Verstappen|Albert Einstein|Isaac Newton|Marie Curie
Charles Darwin|Ada Lovelace|Alan Turing|Nikola Tesla|Stephen Hawking|Galileo Galilei
Leonardo da Vinci|Pablo Picasso|Vincent van Gogh|Frida Kahlo|William Shakespeare
Jane Austen|Charles Dickens
Leo Tolstoy|Gabriel Garcia Marquez|Chinua Achebe|Toni Morrison|J. K. Rowling|Stephen King
Haruki Murakami|Mahatma Gandhi|Martin Luther King|Malala Yousafzai|Greta Thunberg|Tom Hanks
Meryl Streep|Leonardo DiCaprio|Shah Rukh Khan|Priyanka Chopra|Jackie Chan|Bruce Lee
Wangari Maathai|Kofi Annan|Fela Kuti|Miriam Makeba|Ngozi Okonjo-Iweala|Aliko Dangote
""")

# Given names and surnames from regions Faker covers poorly in Latin script.
EXTRA_FIRST = _items("""
Ahmed|Mohammed|Muhammad|Omar|Ali|Hassan|Fatima|Aisha|Layla|Yusuf|Ibrahim|Khalid|Noor|Zainab|Amir
Oluwaseun|Chidi|Ngozi|Emeka|Adaeze|Kwame|Ama|Kofi|Wanjiru|Njeri|Otieno|Amara|Thabo|Sipho|Zanele
Wei|Li|Jian|Mei|Hiroshi|Yuki|Sakura|Kenji|Min-jun|Ji-woo|Seo-yeon|Nguyen|Anh|Linh|Arjun|Priya
Rohan|Ananya|Vikram|Deepika|Siddharth|Kavya|Olga|Dmitri|Ivan|Natasha|Sergei|Anastasia|Mikhail
""")
EXTRA_LAST = _items("""
Al-Farsi|Haddad|Khan|Hussain|Rahman|Mansour|Nasser|Okafor|Adeyemi|Mensah|Boateng|Kamau|Mwangi
Ochieng|Dlamini|Nkosi|Mokoena|Wang|Zhang|Liu|Chen|Yamamoto|Tanaka|Sato|Kim|Park|Lee|Tran|Pham
Patel|Sharma|Gupta|Reddy|Iyer|Singh|Ivanov|Petrova|Smirnov|Kuznetsov|Novak|Horvat|Kowalski
""")
