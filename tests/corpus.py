"""Short articles of our own: three outlets report one strike, two report an unrelated
meeting (shared by the story and trend tests)."""

STRIKE = (
    ("Reuters", "Russian missiles hit Kharkiv power station\n"
     "Russian missiles struck Kharkiv's main power station on Monday, cutting electricity to "
     "thousands of homes, Ukrainian officials said. The regional governor said two workers "
     "were injured."),
    ("AP", "Kharkiv power plant destroyed in Russian strike\n"
     "A Russian missile strike destroyed a power station in Kharkiv on Monday. Russia launched "
     "five missiles at the Ukrainian city overnight, leaving much of Kharkiv without power."),
    ("BBC", "Ukraine's Kharkiv left dark after missile attack\n"
     "Russian forces attacked the power station in Kharkiv with missiles on Monday, Ukraine's "
     "energy ministry said. Repair crews were working to restore electricity in Kharkiv."),
)
MEETING = (
    ("Reuters", "Brazil and Argentina foreign ministers meet in Buenos Aires\n"
     "Brazil's foreign minister met his Argentine counterpart in Buenos Aires on Monday to "
     "discuss trade. The two ministers agreed to expand cooperation on energy and agriculture."),
    ("AFP", "Argentina hosts Brazilian minister for trade talks\n"
     "Argentina's foreign minister held talks with Brazil's top diplomat in Buenos Aires on "
     "Monday. The ministers discussed trade and regional cooperation."),
)

