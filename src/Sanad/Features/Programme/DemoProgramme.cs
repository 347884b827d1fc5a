using Microsoft.EntityFrameworkCore;
using Sanad.Data;
using Sanad.Domain.Programmes;
using ProgrammeRecord = Sanad.Domain.Programmes.Programme;

namespace Sanad.Features.Programme;

/// <summary>
/// The demo programme, after the origin one: five countries (IQ, JO, SA, KW, LB), the six activity
/// kinds, trainings with participants, attendance and test scores, dialogues whose recommendations are
/// at several stages of follow-up, and a study visit to Belgium. Added once, only while no programme exists.
/// Every name is invented.
/// </summary>
public sealed class DemoProgramme(SanadDb db, Participants participants, TimeProvider clock)
{
    private static readonly (string Name, OrganisationType Type, string Country)[] DemoOrganisations =
    [
        ("Ministry of Labour of Jordan", OrganisationType.Government, "JO"),
        ("Public Security Directorate, Anti-Human Trafficking Unit", OrganisationType.Government, "JO"),
        ("Jordanian Women's Union", OrganisationType.CivilSociety, "JO"),
        ("Ministry of Interior of Iraq", OrganisationType.Government, "IQ"),
        ("Human Rights Commission of Saudi Arabia", OrganisationType.Government, "SA"),
        ("Naif Arab University for Security Sciences", OrganisationType.Academia, "SA"),
        ("Ministry of Social Affairs of Kuwait", OrganisationType.Government, "KW"),
        ("Ministry of Labour of Lebanon", OrganisationType.Government, "LB"),
        ("IOM Middle East and North Africa", OrganisationType.International, "JO"),
        ("Belgian Ministry of Justice", OrganisationType.Government, "BE"),
        ("Myria, Federal Migration Centre", OrganisationType.Government, "BE"),
        ("Frontex", OrganisationType.International, "PL"),
    ];

    // Invented people: name, sex, organisation index, country, pre-test, post-test.
    private static readonly (string Name, string Sex, int Org, string Country, decimal Pre, decimal Post)[] Trainees =
    [
        ("Rania Haddad", "female", 0, "JO", 45, 78), ("Omar Khalil", "male", 1, "JO", 52, 70), ("Lina Saleh", "female", 2, "JO", 38, 74),
        ("Yousef Amari", "male", 1, "JO", 60, 82), ("Huda Nasser", "female", 0, "JO", 41, 66), ("Karim Tahan", "male", 3, "IQ", 35, 61),
        ("Zainab Kadhim", "female", 3, "IQ", 48, 72), ("Fahad Otaibi", "male", 4, "SA", 55, 79), ("Noura Shammari", "female", 5, "SA", 62, 88),
        ("Salem Mutairi", "male", 6, "KW", 44, 63), ("Maya Khoury", "female", 7, "LB", 50, 81), ("Georges Haddad", "male", 7, "LB", 57, 71),
        ("Dalia Farah", "female", 8, "JO", 66, 90), ("Ahmad Rifai", "male", 0, "JO", 40, 58), ("Samira Aoun", "female", 7, "LB", 36, 69),
        ("Tariq Jaber", "male", 6, "KW", 51, 77),
    ];

    public async Task SeedAsync(CancellationToken ct = default)
    {
        if (await db.Programmes.AnyAsync(ct)) return;
        var now = clock.GetUtcNow().UtcDateTime;
        var programme = ProgrammeRecord.Start("Protecting and assisting vulnerable and exploited migrant workers in the Middle East and North Africa",
            new DateOnly(2025, 1, 1), new DateOnly(2027, 12, 31), ["IQ", "JO", "SA", "KW", "LB"], "EUR", now);
        db.Programmes.Add(programme);
        var organisations = DemoOrganisations.Select(o => ProgrammeOrganisation.Register(o.Name, o.Type, o.Country, now)).ToList();
        db.ProgrammeOrganisations.AddRange(organisations);
        var people = new List<Participant>();
        foreach (var (name, sex, org, country, _, _) in Trainees)
        {
            var email = name.ToLowerInvariant().Replace(' ', '.') + "@participants.demo.sanad.local";
            people.Add(await participants.NewAsync(new ParticipantInput
            {
                Name = name, Sex = sex, OrganisationId = organisations[org].Id.Value, Country = country, Email = email, Position = "Officer",
                ConsentsToContact = people.Count % 3 != 0, ConsentRecordedOn = people.Count % 3 != 0 ? new DateOnly(2025, 3, 2) : null,
            }, ct));
        }
        db.Participants.AddRange(people);

        ProgrammeActivity Activity(ActivityKind kind, string title, string country, DateOnly from, DateOnly to, ActivityStatus status, string description, string outputs, params int[] partners)
        {
            var a = ProgrammeActivity.Plan(programme.Id, kind, title, country, from, to, now);
            a.Change(new ActivityChange(title, country, from, to, status, description, "Programme officer, IOM Amman", outputs), now);
            db.ProgrammeActivities.Add(a);
            db.ActivityPartners.AddRange(partners.Select(p => ActivityPartner.Of(a.Id, organisations[p].Id)));
            return a;
        }
        void Profile(ProgrammeActivity a, ActivityProfileData data)
        {
            var p = ActivityProfile.For(a.Id);
            p.Change(data);
            db.ActivityProfiles.Add(p);
        }

        var amman = Activity(ActivityKind.Training, "Identifying and referring victims of trafficking", "JO", new(2025, 4, 6), new(2025, 4, 8), ActivityStatus.Completed,
            "Indicators of trafficking and forced labour; the national referral mechanism; interviewing with interpreters; victims' rights.",
            "Training curriculum in Arabic and English\n12 officials trained", 0, 1, 2);
        TrainingSessions(amman, people.Take(12).ToList(), Trainees.Take(12).ToList(),
            (new(2025, 4, 6), "Indicators of trafficking and forced labour"), (new(2025, 4, 7), "The national referral mechanism"), (new(2025, 4, 8), "Interviewing victims"));
        var beirut = Activity(ActivityKind.Training, "Labour inspection and forced labour", "LB", new(2026, 2, 10), new(2026, 2, 11), ActivityStatus.Completed,
            "Inspecting domestic work and construction; withheld documents and wages; referral from inspection.", "8 inspectors trained", 7);
        var beirutGroup = new[] { 10, 11, 14, 9, 15, 12, 5, 3 };
        TrainingSessions(beirut, beirutGroup.Select(i => people[i]).ToList(), beirutGroup.Select(i => Trainees[i]).ToList(),
            (new(2026, 2, 10), "Forced labour indicators in inspections"), (new(2026, 2, 11), "From inspection to referral"));

        var deadSea = Activity(ActivityKind.RegionalDialogue, "Regional dialogue on protection frameworks, Dead Sea", "JO", new(2025, 6, 15), new(2025, 6, 16), ActivityStatus.Completed,
            "1. National referral mechanisms in the region\n2. Identification at the workplace\n3. Cooperation with countries of origin",
            "Conference report\n9 recommendations adopted", 0, 3, 4, 6, 7, 8);
        Profile(deadSea, ActivityProfileData.Empty with { ParticipatingCountries = ["IQ", "JO", "SA", "KW", "LB", "BE"], Institutions = "Ministries of Labour, Interior and Social Affairs; human rights commissions; anti-trafficking units; IOM" });
        db.ActivitySessions.Add(ActivitySession.Hold(deadSea.Id, new(2025, 6, 15), "National referral mechanisms in the region", "IOM MENA"));
        Recommend(deadSea, "Adopt standard operating procedures for the national referral mechanism.", "Adopter des procédures opérationnelles standard pour le mécanisme national d'orientation.",
            "اعتماد إجراءات تشغيل موحدة للآلية الوطنية للإحالة.", "JO", "Ministry of Social Development", RecommendationPriority.High, new(2026, 6, 30),
            RecommendationStatus.Implemented, "Standard operating procedures adopted by cabinet decision, March 2026");
        Recommend(deadSea, "Train labour inspectors to identify forced labour in domestic work.", "Former les inspecteurs du travail à l'identification du travail forcé dans le travail domestique.",
            "تدريب مفتشي العمل على تحديد العمل الجبري في العمل المنزلي.", "LB", "Ministry of Labour", RecommendationPriority.High, new(2026, 3, 31),
            RecommendationStatus.InProgress, "First training held in February 2026");
        Recommend(deadSea, "Open a shelter for male victims of trafficking.", "Ouvrir un foyer pour les hommes victimes de la traite.",
            "افتتاح دار إيواء للضحايا الذكور للاتجار بالبشر.", "KW", "Ministry of Social Affairs", RecommendationPriority.Medium, new(2026, 9, 30), RecommendationStatus.Open, null);
        Recommend(deadSea, "Publish yearly anonymised statistics on identified victims.", "Publier chaque année des statistiques anonymisées sur les victimes identifiées.",
            "نشر إحصاءات سنوية مجهولة الهوية عن الضحايا المحددين.", "IQ", "Ministry of Interior", RecommendationPriority.Medium, new(2027, 3, 31), RecommendationStatus.Open, null);
        var baghdad = Activity(ActivityKind.RegionalDialogue, "Follow-up dialogue on cooperation with countries of origin", "IQ", new(2026, 10, 20), new(2026, 10, 21), ActivityStatus.Completed,
            "1. Progress since the Dead Sea dialogue\n2. Safe return and reintegration", "Follow-up report", 3, 8);
        Profile(baghdad, ActivityProfileData.Empty with { ParticipatingCountries = ["IQ", "JO", "LB"], Institutions = "Ministries of Interior; IOM" });
        Recommend(baghdad, "Sign a memorandum on safe return with the main countries of origin.", "Signer un mémorandum sur le retour en sécurité avec les principaux pays d'origine.",
            "توقيع مذكرة تفاهم بشأن العودة الآمنة مع بلدان المنشأ الرئيسية.", "SA", "Human Rights Commission", RecommendationPriority.Low, new(2027, 6, 30), RecommendationStatus.NotTakenUp,
            "The commission answered that bilateral agreements are outside its mandate");

        var brussels = Activity(ActivityKind.StudyVisit, "Study visit to Brussels", "BE", new(2025, 10, 13), new(2025, 10, 17), ActivityStatus.Completed,
            "Anti-trafficking policy and infrastructure in Belgium; referral of victims; prosecution and protection.", "Visit report\nAction plan of the delegation", 9, 10, 11);
        Profile(brussels, ActivityProfileData.Empty with
        {
            Delegation = [new("JO", "Ministry of Labour", "Director of inspection"), new("IQ", "Ministry of Interior", "Head of the anti-trafficking unit"),
                new("LB", "Ministry of Labour", "Legal adviser"), new("KW", "Ministry of Social Affairs", "Shelter director")],
            HostInstitutions = "Belgian Ministry of Justice; the coordination platform against trafficking in human beings; a specialised judge; the Immigration Department; the federal police; Myria; Frontex; EMPACT",
            LessonsLearned = "Specialised reception centres make victims' cooperation with justice possible; a multidisciplinary circular sets who identifies and refers.",
            PracticesToTransfer = "A reflection period before any statement; specialised prosecutors; a national coordination platform.",
            ActionsLedTo = "Jordan drafted a multidisciplinary circular on referral; Iraq named specialised investigators.",
        });
        db.ActivitySessions.Add(ActivitySession.Hold(brussels.Id, new(2025, 10, 14), "Meeting at the Ministry of Justice and the coordination platform", "Belgian Ministry of Justice"));
        db.ActivitySessions.Add(ActivitySession.Hold(brussels.Id, new(2025, 10, 16), "Myria and the specialised reception centres", "Myria"));

        Activity(ActivityKind.VictimAssistance, "Direct assistance to victims in Jordan", "JO", new(2025, 1, 1), new(2027, 12, 31), ActivityStatus.Ongoing,
            "Shelter, medical, psychosocial and legal assistance, return and reintegration, through the national referral mechanism.", "People assisted: see the figures from the case module", 2, 8);
        var campaign = Activity(ActivityKind.Awareness, "Know your rights: migrant domestic workers", "KW", new(2026, 3, 1), new(2026, 5, 31), ActivityStatus.Completed,
            "Rights of migrant domestic workers and where to get help.", "Radio spots, leaflets, social media posts", 6);
        Profile(campaign, ActivityProfileData.Empty with { Campaign = "Know your rights", Channel = "Radio, social media, leaflets at the airport", Languages = ["ar", "en", "tl", "am"],
            Audience = "Migrant domestic workers and their employers", Reach = 180000, Materials = "3 radio spots; 20,000 leaflets; 12 social media posts" });
        var study = Activity(ActivityKind.Research, "Regional study on the exploitation of migrant workers", "SA", new(2025, 9, 1), new(2026, 12, 31), ActivityStatus.Ongoing,
            "Law and practice of identification and assistance in the five countries.", "Country chapters for IQ, JO, SA, KW, LB", 5);
        Profile(study, ActivityProfileData.Empty with { Studies = [
            new(Guid.CreateVersion7(), "Identification of victims in the five countries: law and practice", "Compares who identifies victims and how.", StudyStatus.Published, null),
            new(Guid.CreateVersion7(), "Wage theft and debt bondage among migrant workers", null, StudyStatus.InProgress, null)] });
        await db.SaveChangesAsync(ct);
    }

    private void TrainingSessions(ProgrammeActivity training, IReadOnlyList<Participant> group, IReadOnlyList<(string, string, int, string, decimal Pre, decimal Post)> scores,
        params (DateOnly Day, string Topic)[] days)
    {
        var sessions = days.Select(d => ActivitySession.Hold(training.Id, d.Day, d.Topic, "IOM trainers and a prosecutor of the anti-trafficking unit")).ToList();
        db.ActivitySessions.AddRange(sessions);
        for (var i = 0; i < group.Count; i++)
        {
            var enrolment = Enrolment.Of(training.Id, group[i].Id);
            enrolment.Score(scores[i].Pre, scores[i].Post);
            db.Enrolments.Add(enrolment);
            // One in four missed the last day, so attendance is not uniformly full.
            foreach (var (session, n) in sessions.Select((s, n) => (s, n)))
                if (!(n == sessions.Count - 1 && i % 4 == 3)) db.SessionAttendance.Add(SessionAttendance.Of(session.Id, group[i].Id));
        }
    }

    private void Recommend(ProgrammeActivity dialogue, string en, string fr, string ar, string country, string institution, RecommendationPriority priority,
        DateOnly due, RecommendationStatus status, string? evidence)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var text = new RecommendationText(en, fr, ar, country, institution, priority, due);
        var (recommendation, issued) = Recommendation.Issue(dialogue.Id, text, null, now);
        db.Recommendations.Add(recommendation);
        db.RecommendationChanges.Add(issued);
        if (status != RecommendationStatus.Open) db.RecommendationChanges.AddRange(recommendation.Change(text, status, evidence, null, now));
    }
}
