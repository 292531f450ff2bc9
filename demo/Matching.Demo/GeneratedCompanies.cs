namespace Matching.Demo;

internal sealed record GeneratedCompanies(DemoCompany[] Companies, DemoAccreditation[] Accreditations, CompanyPlan[] Plans);
