using GovServices.BuildingBlocks.Application;
using GovServices.BuildingBlocks.Http;
using Microsoft.AspNetCore.Http;

namespace GovServices.BuildingBlocks.Tests.Http;

public sealed class EntityTagsTests
{
    private static Result<int> IfMatch(string? header)
    {
        var context = new DefaultHttpContext();
        if (header is not null)
            context.Request.Headers.IfMatch = header;
        return context.Request.RequiredIfMatchVersion();
    }

    [Test]
    public void The_version_is_the_strong_entity_tag() => Assert.That(EntityTags.FromVersion(7), Is.EqualTo("\"7\""));

    [Test]
    public void If_match_gives_back_the_version() => Assert.That(IfMatch("\"7\"").Value, Is.EqualTo(7));

    [Test]
    public void A_missing_if_match_is_precondition_required() =>
        Assert.That(IfMatch(null).Error?.Kind, Is.EqualTo(ErrorKind.PreconditionRequired));

    [TestCase("7")]
    [TestCase("W/\"7\"")]
    [TestCase("\"7\", \"8\"")]
    [TestCase("*")]
    [TestCase("\"seven\"")]
    [TestCase("\"-1\"")]
    public void An_if_match_that_is_not_one_strong_version_tag_is_a_validation_error(string header) =>
        Assert.That(IfMatch(header).Error?.Kind, Is.EqualTo(ErrorKind.Validation));
}
