using FluentValidation;
using GovServices.Identity.Admin.BindClientOpd;
using GovServices.Identity.Admin.CreateClient;
using GovServices.Identity.Admin.CreateStaffUser;
using GovServices.Identity.Admin.DisableClient;
using GovServices.Identity.Admin.DisableUser;
using GovServices.Identity.Admin.EnableUser;
using GovServices.Identity.Admin.GetClient;
using GovServices.Identity.Admin.GetUser;
using GovServices.Identity.Admin.IssueApiKey;
using GovServices.Identity.Admin.ListClients;
using GovServices.Identity.Admin.ListUsers;
using GovServices.Identity.Admin.RotateClientSecret;
using GovServices.Identity.Admin.SetOpdHead;
using GovServices.Identity.Admin.UpdateClient;
using GovServices.Identity.RegisterCitizen;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace GovServices.Identity.Admin;

/// <summary>
/// The endpoints that create and manage accounts under <c>/api/v1/identity</c>: clients and staff users (scope
/// <c>identity.admin</c>), and the citizens' own registration.
/// </summary>
internal static class AccountsApi
{
    public static IServiceCollection AddAccountsApi(this IServiceCollection services)
    {
        services.AddScoped<IValidator<CreateClient.CreateClientCommand>, CreateClientValidator>();
        services.AddScoped<IValidator<UpdateClient.UpdateClientCommand>, UpdateClientValidator>();
        services.AddScoped<IValidator<BindClientOpdCommand>, BindClientOpdValidator>();
        services.AddScoped<IValidator<CreateStaffUser.CreateStaffUserCommand>, CreateStaffUserValidator>();
        services.AddScoped<IValidator<ListUsers.ListUsersQuery>, ListUsersValidator>();
        services.AddScoped<IValidator<ListClients.ListClientsQuery>, ListClientsValidator>();
        services.AddScoped<IValidator<RegisterCitizen.RegisterCitizenCommand>, RegisterCitizenValidator>();
        return services;
    }

    public static IEndpointRouteBuilder MapAccountsApi(this IEndpointRouteBuilder group)
    {
        group.MapCreateClient();
        group.MapListClients();
        group.MapGetClient();
        group.MapUpdateClient();
        group.MapDisableClient();
        group.MapBindClientOpd();
        group.MapRotateClientSecret();
        group.MapIssueApiKey();

        group.MapCreateStaffUser();
        group.MapListUsers();
        group.MapGetUser();
        group.MapDisableUser();
        group.MapEnableUser();
        group.MapSetOpdHead();

        group.MapRegisterCitizen();
        return group;
    }
}
