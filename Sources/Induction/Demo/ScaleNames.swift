/// Invented names for the scale data set (`SeedScaleData`): pools the generator picks from.
enum ScaleNames {
    static let firstNames = [
        "Aaliyah", "Adam", "Aisha", "Alfie", "Amara", "Amelia", "Arjun", "Ava", "Ben", "Bethany", "Callum", "Charlotte", "Chloe",
        "Connor", "Daisy", "Daniel", "Eleanor", "Elijah", "Ella", "Emily", "Ethan", "Evie", "Faisal", "Freya", "George", "Grace",
        "Hamza", "Hannah", "Harry", "Isla", "Jack", "Jacob", "Jade", "James", "Jasmine", "Joshua", "Kai", "Katie", "Leah", "Leo",
        "Lily", "Lucy", "Maryam", "Mason", "Megan", "Mia", "Mohammed", "Nathan", "Niamh", "Noah", "Olivia", "Oscar", "Poppy",
        "Priya", "Rhys", "Rosie", "Ruby", "Ryan", "Saanvi", "Sam", "Sophie", "Thomas", "Tyler", "Zainab", "Zara", "Zoe",
    ]

    static let lastNames = [
        "Ahmed", "Ali", "Armitage", "Atkinson", "Bailey", "Barker", "Begum", "Bell", "Brook", "Brown", "Chapman", "Clarke",
        "Crossley", "Davies", "Dixon", "Evans", "Fletcher", "Foster", "Green", "Haigh", "Hall", "Hartley", "Hill", "Holmes",
        "Hughes", "Hussain", "Jackson", "Jones", "Kaur", "Khan", "Lee", "Lord", "Marsden", "Mitchell", "Moore", "Murphy",
        "Nolan", "O'Brien", "Okafor", "Parker", "Patel", "Pickersgill", "Price", "Rahman", "Robinson", "Shaw", "Singh",
        "Smith", "Stead", "Sutcliffe", "Taylor", "Thompson", "Turner", "Walker", "Ward", "Whiteley", "Williams", "Wilson",
        "Wood", "Wright", "Yates", "Young",
    ]

    static let places = [
        "Ackworth", "Almondbury", "Barkisland", "Batley", "Bingley", "Birstall", "Bramley", "Brighouse", "Castleford",
        "Cleckheaton", "Denholme", "Dewsbury", "Elland", "Farsley", "Golcar", "Guiseley", "Haworth", "Hebden Bridge",
        "Heckmondwike", "Holmfirth", "Horbury", "Ilkley", "Keighley", "Kirkburton", "Lindley", "Linthwaite", "Marsden",
        "Meltham", "Mirfield", "Morley", "Mytholmroyd", "Normanton", "Ossett", "Otley", "Pudsey", "Queensbury", "Rastrick",
        "Ripponden", "Rothwell", "Shipley", "Silsden", "Slaithwaite", "Sowerby", "Thornhill", "Thornton", "Todmorden",
        "Wetherby", "Wibsey", "Wyke", "Yeadon",
    ]

    /// A school's kind in its name, with its phase (`schools.phase`).
    static let schoolKinds: [(name: String, phase: String)] = [
        ("Primary School", "primary"), ("Junior and Infant School", "primary"), ("C of E Primary Academy", "primary"),
        ("Academy", "secondary"), ("High School", "secondary"), ("Grammar School", "secondary"), ("Community College", "all-through"),
    ]

    static let localAuthorities = ["Bradford", "Calderdale", "Kirklees", "Leeds", "Wakefield"]

    /// What an ECT teaches, for the report texts: subject, then the classes.
    static let teaching: [(subject: String, classes: String)] = [
        ("phonics and early reading", "Year 1"), ("maths", "Year 4"), ("writing", "Year 3"), ("science", "Year 6"),
        ("English", "Year 9 and Year 11 English classes"), ("maths", "Year 8 maths sets"), ("history", "Key Stage 3 history classes"),
        ("geography", "Year 7 geography groups"), ("chemistry", "Year 10 science groups"), ("French", "Year 8 French groups"),
        ("computing", "Year 10 computing class"), ("art", "Key Stage 3 art groups"), ("music", "Year 7 music groups"),
        ("PE", "Year 9 PE groups"), ("religious education", "Year 8 RE classes"),
    ]
}
