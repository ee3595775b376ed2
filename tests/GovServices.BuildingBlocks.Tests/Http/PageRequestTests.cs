using GovServices.BuildingBlocks.Http;

namespace GovServices.BuildingBlocks.Tests.Http;

public sealed class PageRequestTests
{
    [Test]
    public void Without_values_a_page_has_the_default_size_and_starts_at_the_beginning()
    {
        var page = PageRequest.From(null, null).Value;

        Assert.Multiple(() =>
        {
            Assert.That(page.Limit, Is.EqualTo(PageRequest.DefaultLimit));
            Assert.That(page.After, Is.Null);
        });
    }

    [TestCase(0)]
    [TestCase(101)]
    [TestCase(-5)]
    public void A_limit_outside_1_to_100_is_refused(int limit) =>
        Assert.That(PageRequest.From(limit, null).Error?.FieldErrors?.Keys, Is.EquivalentTo(new[] { "limit" }));

    [TestCase("not base64!")]
    [TestCase("%%%")]
    public void A_cursor_the_api_did_not_issue_is_refused(string cursor) =>
        Assert.That(PageRequest.From(10, cursor).Error?.FieldErrors?.Keys, Is.EquivalentTo(new[] { "cursor" }));

    [Test]
    public void The_next_cursor_points_after_the_last_item_and_round_trips()
    {
        var page = PageRequest.From(2, null).Value.ToPage(new[] { "a", "b", "c" }, item => item);

        var next = PageRequest.From(2, page.NextCursor).Value;

        Assert.Multiple(() =>
        {
            Assert.That(page.Items, Is.EqualTo(new[] { "a", "b" }));
            Assert.That(next.After, Is.EqualTo("b"));
        });
    }

    [Test]
    public void The_last_page_has_no_next_cursor() =>
        Assert.That(PageRequest.From(3, null).Value.ToPage(new[] { "a", "b" }, item => item).NextCursor, Is.Null);
}
