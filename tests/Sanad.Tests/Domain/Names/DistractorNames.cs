namespace Sanad.Tests.Domain.Names;

/// <summary>
/// Generates people who are not in the labelled pairs: common given and family names of the
/// countries Sanad serves, in Latin and (for Arabic-speaking countries) Arabic script, from a
/// fixed seed so the evaluation is repeatable. Same-name strangers are wanted: they are what the
/// matcher must rank below the true person.
/// </summary>
internal static class DistractorNames
{
    internal sealed record Person(string Name, bool Female, int BirthYear, string Nationality);

    private sealed record Region(string Country, bool Arabic, string[] Female, string[] Male, string[] Family);

    // Arabic-speaking regions: "Latin/Arabic" so either script can be drawn.
    private static readonly Region[] Regions =
    [
        new("EG", true,
            ["Fatma/فاطمة", "Mona/منى", "Heba/هبة", "Asmaa/أسماء", "Nour/نور", "Doaa/دعاء", "Marwa/مروة", "Yasmine/ياسمين", "Rania/رانيا", "Aya/آية", "Salma/سلمى", "Mariam/مريم", "Amira/أميرة", "Shaimaa/شيماء", "Eman/إيمان"],
            ["Mohamed/محمد", "Ahmed/أحمد", "Mahmoud/محمود", "Mostafa/مصطفى", "Ali/علي", "Hassan/حسن", "Ibrahim/إبراهيم", "Khaled/خالد", "Omar/عمر", "Youssef/يوسف", "Tarek/طارق", "Hany/هاني"],
            ["Hassan/حسن", "Ibrahim/إبراهيم", "Abdel Rahman/عبد الرحمن", "El Sayed/السيد", "Mansour/منصور", "Soliman/سليمان", "Farag/فرج", "Shehata/شحاتة", "Ramadan/رمضان", "Fathy/فتحي", "Abdel Aziz/عبد العزيز", "Gaber/جابر", "Mostafa/مصطفى", "Salem/سالم", "Hamdy/حمدي"]),
        new("SY", true,
            ["Rama/راما", "Hala/هالة", "Lina/لينا", "Rasha/رشا", "Nour/نور", "Layla/ليلى", "Maha/مها", "Reem/ريم", "Hiba/هبة", "Dima/ديما", "Ola/علا", "Sawsan/سوسن"],
            ["Mohammad/محمد", "Ahmad/أحمد", "Khaled/خالد", "Omar/عمر", "Ali/علي", "Hussein/حسين", "Bashar/بشار", "Samer/سامر", "Fadi/فادي", "Rami/رامي"],
            ["Haddad/حداد", "Khalil/خليل", "Darwish/درويش", "Al Shami/الشامي", "Hamwi/الحموي", "Kurdi/كردي", "Halabi/الحلبي", "Masri/المصري", "Othman/عثمان", "Najjar/النجار", "Sabbagh/صباغ"]),
        new("IQ", true,
            ["Zainab/زينب", "Fatima/فاطمة", "Maryam/مريم", "Noor/نور", "Huda/هدى", "Ruqaya/رقية", "Sara/سارة", "Shahad/شهد", "Zahraa/زهراء", "Israa/إسراء", "Aseel/أسيل"],
            ["Ali/علي", "Hussein/حسين", "Hassan/حسن", "Mohammed/محمد", "Abbas/عباس", "Mustafa/مصطفى", "Haider/حيدر", "Kadhim/كاظم", "Qasim/قاسم", "Jaafar/جعفر"],
            ["Al-Musawi/الموسوي", "Al-Hashimi/الهاشمي", "Jaber/جابر", "Kadhim/كاظم", "Abbas/عباس", "Al-Jubouri/الجبوري", "Al-Tamimi/التميمي", "Hadi/هادي", "Jawad/جواد", "Mahdi/مهدي", "Al-Obeidi/العبيدي"]),
        new("SD", true,
            ["Fatima/فاطمة", "Amna/آمنة", "Aisha/عائشة", "Khadija/خديجة", "Hawa/حواء", "Sumaya/سمية", "Rahma/رحمة", "Mariam/مريم", "Ikhlas/إخلاص", "Sara/سارة", "Zainab/زينب", "Nafisa/نفيسة"],
            ["Mohamed/محمد", "Ahmed/أحمد", "Osman/عثمان", "Omer/عمر", "Abdalla/عبد الله", "Ibrahim/إبراهيم", "Yousif/يوسف", "Hamid/حامد", "Idris/إدريس", "Babiker/بابكر"],
            ["Osman/عثمان", "Abdalla/عبد الله", "Hamid/حامد", "Mohamed/محمد", "Ahmed/أحمد", "Elamin/الأمين", "Babiker/بابكر", "Adam/آدم", "Yagoub/يعقوب", "Musa/موسى", "Elhassan/الحسن"]),
        new("MA", true,
            ["Fatima Zahra/فاطمة الزهراء", "Khadija/خديجة", "Naima/نعيمة", "Saida/سعيدة", "Hanane/حنان", "Karima/كريمة", "Samira/سميرة", "Latifa/لطيفة", "Siham/سهام", "Meryem/مريم", "Zineb/زينب"],
            ["Mohamed/محمد", "Youssef/يوسف", "Rachid/رشيد", "Hassan/حسن", "Abdelaziz/عبد العزيز", "Mustapha/مصطفى", "Said/سعيد", "Omar/عمر", "Karim/كريم"],
            ["Alaoui/العلوي", "Idrissi/الإدريسي", "Bennani/بناني", "Tazi/التازي", "Berrada/برادة", "Amrani/العمراني", "Chraibi/الشرايبي", "El Fassi/الفاسي", "Ouazzani/الوزاني", "Benjelloun/بنجلون", "Tahiri/الطاهري"]),
        new("LB", true,
            ["Rita/ريتا", "Nadine/نادين", "Rana/رنا", "Zeina/زينة", "Maya/مايا", "Lara/لارا", "Hiba/هبة", "Nisrine/نسرين", "Sahar/سحر", "Joumana/جمانة"],
            ["Georges/جورج", "Elie/إيلي", "Karim/كريم", "Ali/علي", "Hassan/حسن", "Samir/سمير", "Walid/وليد", "Ziad/زياد", "Rabih/ربيع"],
            ["Khoury/خوري", "Haddad/حداد", "Saad/سعد", "Hajj/الحاج", "Nassar/نصار", "Karam/كرم", "Aoun/عون", "Fakhoury/فاخوري", "Zein/الزين", "Chahine/شاهين"]),
        new("JO", true,
            ["Noor/نور", "Dana/دانا", "Leen/لين", "Tala/تالا", "Rawan/روان", "Ruba/ربى", "Hadeel/هديل", "Areej/أريج", "Abeer/عبير", "Suha/سهى"],
            ["Mohammad/محمد", "Ahmad/أحمد", "Omar/عمر", "Yazan/يزن", "Laith/ليث", "Odai/عدي", "Hamza/حمزة", "Anas/أنس"],
            ["Al-Otaibi/العتيبي", "Tamimi/التميمي", "Odeh/عودة", "Hamdan/حمدان", "Khattab/خطاب", "Abu Zaid/أبو زيد", "Nasser/ناصر", "Majali/المجالي", "Zoubi/الزعبي"]),
        new("ET", false,
            ["Tigist", "Mekdes", "Hiwot", "Selam", "Meron", "Almaz", "Aster", "Bethlehem", "Hirut", "Genet", "Yeshi", "Emebet", "Tsion", "Marta", "Saba", "Eden", "Rahel", "Kidist"],
            ["Abebe", "Dawit", "Yonas", "Samuel", "Tesfaye", "Girma", "Bekele", "Haile"],
            ["Alemu", "Bekele", "Tesfaye", "Girma", "Haile", "Tadesse", "Getachew", "Kebede", "Abebe", "Mengistu", "Worku", "Gebremedhin", "Asfaw", "Woldemariam", "Desta", "Negash"]),
        new("PH", false,
            ["Maria", "Marites", "Rowena", "Jocelyn", "Analyn", "Maricel", "Cristina", "Lorna", "Rosario", "Josephine", "Evangeline", "Joy", "Rosalinda", "Lea", "Glenda", "Mary Grace"],
            ["Jose", "Juan", "Mark", "Ramon", "Rodel", "Jun"],
            ["Santos", "Reyes", "Cruz", "Bautista", "Garcia", "Mendoza", "Villanueva", "Ramos", "Aquino", "Flores", "Castillo", "Dela Cruz", "Pascual", "Tolentino", "Soriano", "Gonzales", "Lopez"]),
        new("LK", false,
            ["Kumari", "Chamari", "Dilani", "Sriyani", "Nirosha", "Malini", "Kalpana", "Nadeeka", "Sandya", "Chandrika", "Fathima", "Lakshmi"],
            ["Nimal", "Sunil", "Kamal", "Ruwan", "Pradeep"],
            ["Perera", "Fernando", "Silva", "Jayasinghe", "Wijesinghe", "Rajapaksa", "Gunawardena", "Senanayake", "Herath", "Bandara", "Dissanayake", "Kumara"]),
        new("BD", false,
            ["Rahima", "Nasima", "Shahnaz", "Taslima", "Rokeya", "Morjina", "Shamima", "Ayesha", "Nasrin", "Shirin", "Ruksana", "Salma", "Fatema", "Rina"],
            ["Mohammad", "Abdul", "Rafiqul", "Jamal", "Kamal", "Shahid"],
            ["Begum", "Khatun", "Akter", "Akhter", "Islam", "Sultana", "Parvin", "Rahman", "Hossain", "Uddin", "Nahar", "Siddika"]),
        new("NP", false,
            ["Sita", "Gita", "Sunita", "Laxmi", "Maya", "Kamala", "Parbati", "Sarita", "Manju", "Bimala", "Sabitri", "Anita", "Bishnu", "Radha"],
            ["Ram", "Hari", "Krishna", "Bikash", "Suresh"],
            ["Tamang", "Shrestha", "Gurung", "Magar", "Rai", "Thapa", "Adhikari", "Lama", "Sherpa", "Karki", "Bhattarai", "Poudel", "Limbu"]),
        new("KE", false,
            ["Wanjiru", "Mary", "Faith", "Jane", "Nyambura", "Mercy", "Esther", "Lucy", "Akinyi", "Achieng", "Wambui", "Njeri", "Wairimu", "Chebet", "Moraa"],
            ["John", "Peter", "Joseph", "David", "James"],
            ["Kamau", "Otieno", "Odhiambo", "Njoroge", "Wanjiku", "Mwangi", "Ochieng", "Kiprop", "Chepkoech", "Mutua", "Omondi", "Kariuki", "Onyango"]),
        new("UG", false,
            ["Grace", "Sarah", "Harriet", "Prossy", "Resty", "Mariam", "Annet", "Joan", "Brenda", "Zaituni", "Nakato", "Babirye", "Agnes", "Florence"],
            ["Joseph", "Moses", "Ronald", "Isaac", "Robert"],
            ["Nakato", "Nansubuga", "Namukasa", "Nakimuli", "Nalwanga", "Nabukenya", "Kyomuhendo", "Atim", "Nakalema", "Auma", "Namubiru", "Ssempala", "Namutebi", "Nabirye"]),
    ];

    public static List<Person> Generate(int count, int seed)
    {
        var random = new Random(seed);
        var people = new List<Person>(count);
        while (people.Count < count)
        {
            var region = Regions[random.Next(Regions.Length)];
            var female = random.NextDouble() < 0.7;
            var arabicScript = region.Arabic && random.NextDouble() < 0.4;
            var parts = new List<string> { Pick(female ? region.Female : region.Male) };
            // Arabic and Ethiopian names carry the father's name; others sometimes a middle name.
            if (random.NextDouble() < (region.Arabic || region.Country == "ET" ? 0.5 : 0.2)) parts.Add(Pick(region.Male));
            parts.Add(Pick(region.Family));
            people.Add(new(string.Join(' ', parts), female, random.Next(1965, 2007), region.Country));

            string Pick(string[] names)
            {
                var both = names[random.Next(names.Length)].Split('/');
                return arabicScript && both.Length > 1 ? both[1] : both[0];
            }
        }
        return people;
    }
}
