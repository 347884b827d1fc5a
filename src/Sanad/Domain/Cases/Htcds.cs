namespace Sanad.Domain.Cases;

/// <summary>
/// HTCDS 2.0 picklist values a case uses (value names, as the standard writes them; labels are
/// translated in the interface). Source: ../shared/reference/htcds-fields.md, sections C and G.
/// </summary>
public static class Htcds
{
    public static readonly IReadOnlySet<string> MethodsOfControl = new HashSet<string>
    {
        "DebtBondage", "TakesEarnings", "RestrictsFinancialAccess", "Threats", "PsychologicalAbuse", "PhysicalAbuse",
        "SexualAbuse", "FalsePromises", "PsychoactiveSubstances", "RestrictsMovement", "RestrictsMedicalCare",
        "ExcessiveWorkingHours", "UsesChildren", "ThreatOfLawEnforcement", "WithholdsNecessities", "WithholdsDocuments", "Other",
    };

    public static readonly IReadOnlySet<string> LabourExploitation = new HashSet<string>
    {
        "Agriculture", "Aquafarming", "Begging", "Construction", "DomesticWork", "Hospitality", "IllicitActivities",
        "Manufacturing", "MiningOrDrilling", "Peddling", "Transportation", "Other",
    };

    public static readonly IReadOnlySet<string> SexExploitation = new HashSet<string>
    {
        "Prostitution", "Pornography", "RemoteInteractiveServices", "PrivateSexualServices",
    };

    /// <summary>ISIC v4 sections A to U, by their HTCDS value names.</summary>
    public static readonly IReadOnlySet<string> LabourIndustries = new HashSet<string>
    {
        "A_AgricultureForestryAndFishing", "B_MiningAndQuarrying", "C_Manufacturing", "D_ElectricityGasSteamAndAirConditioningSupply",
        "E_WaterSupplySewerageWasteManagement", "F_Construction", "G_WholesaleAndRetailTradeRepairOfMotorVehicles",
        "H_TransportationAndStorage", "I_AccommodationAndFoodServiceActivities", "J_InformationAndCommunication",
        "K_FinancialAndInsuranceActivities", "L_RealEstateActivities", "M_ProfessionalScientificAndTechnicalActivities",
        "N_AdministrativeAndSupportServiceActivities", "O_PublicAdministrationAndDefence", "P_Education",
        "Q_HumanHealthAndSocialWorkActivities", "R_ArtsEntertainmentAndRecreation", "S_OtherServiceActivities",
        "T_ActivitiesOfHouseholdsAsEmployers", "U_ActivitiesOfExtraterritorialOrganizations",
    };

    /// <summary>
    /// Who recruited the person, as CTDC records it (its RecruiterRelationship flags); HTCDS 2.0 has
    /// no field of its own for it.
    /// </summary>
    public static readonly IReadOnlySet<string> RecruiterRelationships = new HashSet<string>
    {
        "IntimatePartner", "Friend", "Family", "Other", "Unknown",
    };

    /// <summary>HTCDS per_RoleInProcess: a perpetrator's roles in the trafficking process.</summary>
    public static readonly IReadOnlySet<string> PerpetratorRoles = new HashSet<string>
    {
        "TravellingPartner", "Transporter", "RecruiterOrIntermediary", "BrokerTravelAgent", "TransferredIndividual",
        "HarbouredIndividual", "SoldIndividual", "BoughtIndividual", "ReceivedIndividual", "ControlledIndividual",
        "Smuggler", "Abuser", "Kidnapper", "Exploiter", "Other",
    };

    /// <summary>Who may decide a trafficking status (the kind of body, not its name).</summary>
    public static readonly IReadOnlySet<string> DecidingBodies = new HashSet<string>
    {
        "police", "prosecution", "court", "committee", "ngo", "labour-inspectorate", "international-organisation", "other",
    };
}
