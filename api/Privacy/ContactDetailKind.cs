namespace Matching.Api.Privacy;

/// <summary>The kinds of contact and personal details that a student's free text may not hold.</summary>
public enum ContactDetailKind
{
    EmailAddress,
    PhoneNumber,
    WebAddress,
    SocialHandle,
    StreetAddress,
    BirthDate,
}
