using Matching.Api.Http;

namespace Matching.Api.Privacy;

/// <summary>A page of a student's audit log, oldest first.</summary>
public sealed class StudentViewListQuery : PagedQuery;
