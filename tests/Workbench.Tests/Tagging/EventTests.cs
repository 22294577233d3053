using Workbench.Tests.Support;
using Workbench.Diagnostics;
using Workbench.Knowledge;

namespace Workbench.Tests.Tags;

public class EventTests
{
    [Theory]
    [InlineData("en", "Minister of National Defence Gen. Tran Van Son received Thai Defence Minister Gen. Somchai Boonmee in Hanoi on May 3.", "reception", "Tran Van Son;Somchai Boonmee", "Hanoi")]
    [InlineData("vi", "Sáng 3/5, tại Hà Nội, Đại tướng Trần Văn Sơn đã tiếp Bộ trưởng Quốc phòng Thái Lan Somchai Boonmee.", "reception", "Trần Văn Sơn;Somchai Boonmee", "Hanoi")]
    [InlineData("en", "Deputy Defence Minister Tran Van Son held talks with Admiral Ivan Petrov in Vladivostok.", "talks", "Tran Van Son;Ivan Petrov", "Vladivostok")]
    [InlineData("vi", "Tại Vladivostok, Thượng tướng Trần Văn Sơn đã có buổi làm việc với Đô đốc Ivan Petrov.", "talks", "Trần Văn Sơn;Ivan Petrov", "Vladivostok")]
    [InlineData("en", "Prime Minister Le Van Minh paid an official visit to Moscow.", "visit", "Le Van Minh", "Moscow")]
    [InlineData("vi", "Tổng Bí thư Lê Văn Minh thăm chính thức Liên bang Nga.", "visit", "Lê Văn Minh", null)]
    public void A_trigger_makes_an_event_with_the_people_place_and_sentence(string language, string text, string type, string participants, string? place)
    {
        var document = TaggingFixtures.Tag(text, language);

        var e = Assert.Single(document.Events);
        Assert.Equal(type, e.Type);
        Assert.Equal(participants.Split(';'), TaggingFixtures.Names(document, e));
        Assert.Equal(place, e.Place);
        Assert.Equal(text, e.Sentence);
    }

    [Theory]
    [InlineData("vi", "Chiều 11-5, tại TP Vladivostok, đã diễn ra lễ bàn giao tàu nghiên cứu.", "handover")]
    [InlineData("en", "The two ministries signed a memorandum on military medicine.", "signing")]
    public void Ceremonies_need_no_named_people(string language, string text, string type) =>
        Assert.Equal(type, Assert.Single(TaggingFixtures.Tag(text, language).Events).Type);

    [Theory]
    [InlineData("vi", "Đại tướng Trần Văn Sơn gửi lời hỏi thăm tới các đồng chí.")]
    [InlineData("vi", "Thượng tướng Trần Văn Sơn đề nghị hai bên tiếp tục hợp tác.")]
    [InlineData("en", "The visiting minister introduced his ministry's tasks.")]
    [InlineData("en", "The defence strategy dialogue is held at deputy ministerial level.")]
    public void Blocked_triggers_and_events_without_enough_people_are_dropped(string language, string text) =>
        Assert.Empty(TaggingFixtures.Tag(text, language).Events);

    // An event keeps its sentence as a range of the body; it reads, compares and changes as if it held the text.
    [Fact]
    public void An_event_reads_its_sentence_from_the_body_and_compares_by_its_text()
    {
        const string text = "It rained.\nDeputy Defence Minister Tran Van Son held talks with Admiral Ivan Petrov in Vladivostok.\nBoth spoke.";
        var first = Assert.Single(TaggingFixtures.Tag(text).Events);
        // Another body with the same text; the lists of people are the first event's, as lists compare by reference.
        var second = Assert.Single(TaggingFixtures.Tag(new string(text.AsSpan())).Events) with
        {
            Participants = first.Participants, Countries = first.Countries,
        };

        Assert.Equal("Deputy Defence Minister Tran Van Son held talks with Admiral Ivan Petrov in Vladivostok.", first.Sentence);
        Assert.Equal(first, second);
        Assert.Equal(first.GetHashCode(), second.GetHashCode());
        Assert.Equal(first, first with { Sentence = new string(first.Sentence.AsSpan()) });
        Assert.NotEqual(first, first with { Sentence = "Another sentence." });
        Assert.Equal("Another sentence.", (first with { Sentence = "Another sentence." }).Sentence);
    }

    [Fact]
    public void The_same_event_told_twice_is_one_event()
    {
        const string text = "Gen. Tran Van Son received Admiral Ivan Petrov.\nAt the reception, Gen. Tran Van Son thanked Admiral Ivan Petrov.";

        Assert.Single(TaggingFixtures.Tag(text).Events);
    }

    [Theory]
    [InlineData("en", "Prime Minister Le Van Minh on May 3 affirmed the friendship.\nReceiving Admiral Ivan Petrov in Hanoi, Minh said ties were strong.")]
    [InlineData("vi", "Ngày 3/5, Thủ tướng Lê Văn Minh khẳng định quan hệ hữu nghị.\nThủ tướng Lê Văn Minh tiếp Đô đốc Ivan Petrov tại Hà Nội.")]
    public void An_event_sentence_without_a_date_continues_the_previous_sentence(string language, string text)
    {
        var e = Assert.Single(TaggingFixtures.Tag(text, language, new DateOnly(2024, 5, 10)).Events);

        Assert.Equal("reception", e.Type);
        Assert.Equal("2024-05-03", e.Date);
    }

    [Fact]
    public void An_event_sentence_with_its_own_date_keeps_it()
    {
        const string text = "Prime Minister Le Van Minh on May 3 affirmed the friendship.\nOn May 4, Minh received Admiral Ivan Petrov in Hanoi.";

        Assert.Equal("2024-05-04", Assert.Single(TaggingFixtures.Tag(text, "en", new DateOnly(2024, 5, 10)).Events).Date);
    }
}

/// <summary>Clauses whose event has no person before its trigger, yet names its subject another way.</summary>
public class EventSubjectTests
{
    [Theory]
    [InlineData("en", "Defence Minister Gen. Tran Van Son attended the meeting with Admiral Ivan Petrov.\nThe two sides held talks in Hanoi.", "Tran Van Son;Ivan Petrov")]
    [InlineData("vi", "Đại tướng Trần Văn Sơn và Đô đốc Ivan Petrov dự lễ khai mạc.\nSau đó, hai bên hội đàm tại Hà Nội.", "Trần Văn Sơn;Ivan Petrov")]
    public void The_two_sides_are_the_articles_first_two_people(string language, string text, string participants)
    {
        var document = TaggingFixtures.Tag(text, language);

        var e = Assert.Single(document.Events);
        Assert.Equal("talks", e.Type);
        Assert.Equal(participants.Split(';'), TaggingFixtures.Names(document, e));
    }

    [Fact]
    public void A_pronoun_subject_is_the_articles_first_person()
    {
        const string text = "Defence Minister Gen. Tran Van Son arrived in Vientiane.\nHe also held talks with Admiral Ivan Petrov and Gen. Somchai Boonmee.";
        var document = TaggingFixtures.Tag(text);

        var e = Assert.Single(document.Events, e => e.Type == "talks");
        Assert.Equal(["Tran Van Son", "Ivan Petrov", "Somchai Boonmee"], TaggingFixtures.Names(document, e));
    }

    [Fact]
    public void The_two_sides_far_before_a_trigger_noun_are_not_its_subject()
    {
        const string text = "Gen. Tran Van Son received Admiral Ivan Petrov.\nThe two sides have effectively maintained such mechanisms as the defence strategy dialogue.";

        Assert.DoesNotContain(TaggingFixtures.Tag(text).Events, e => e.Type == "dialogue");
    }

    [Theory]
    [InlineData("vi", "Đại tướng Trần Văn Sơn đã tiếp Đô đốc Ivan Petrov, Tư lệnh Hạm đội Thái Bình Dương đang thăm chính thức Việt Nam.")]
    [InlineData("en", "Gen. Tran Van Son received Admiral Ivan Petrov, who is on an official visit to Vietnam.")]
    public void A_visit_in_progress_belongs_to_the_person_before_it(string language, string text)
    {
        var document = TaggingFixtures.Tag(text, language);

        var visit = Assert.Single(document.Events, e => e.Type == "visit");
        Assert.Equal("Ivan Petrov", document.People.Single(p => p.Id == Assert.Single(visit.Participants)).Name);
    }

    [Fact]
    public void The_two_ministers_who_sign_after_talks_are_the_talks_parties()
    {
        const string text = "Đại tướng Trần Văn Sơn hội đàm với Bộ trưởng Quốc phòng Nhật Bản Tanaka Hiroshi.\nSau hội đàm, hai Bộ trưởng đã ký Bản ghi nhớ.";
        var document = TaggingFixtures.Tag(text, "vi");

        var signing = Assert.Single(document.Events, e => e.Type == "signing");
        Assert.Equal(["Trần Văn Sơn", "Tanaka Hiroshi"], TaggingFixtures.Names(document, signing));
    }

    [Theory]
    [InlineData("vi", "Đại tướng Trần Văn Sơn, Ủy viên Bộ Chính trị, Phó Bí thư Quân ủy Trung ương, Bộ trưởng Bộ Quốc phòng đã tiếp "
        + "đoàn đại biểu cấp cao của Bộ Quốc phòng Nhật Bản đang thăm chính thức Việt Nam.")]
    [InlineData("en", "Gen. Tran Van Son received a delegation of the Japanese Ministry of Defence, which is on an official visit to Vietnam.")]
    [InlineData("en", "Gen. Tran Van Son received the delegation, who is on a working visit to Vietnam.")]
    public void A_visit_in_progress_by_someone_unnamed_is_not_the_hosts(string language, string text)
    {
        var document = TaggingFixtures.Tag(text, language);

        Assert.NotEmpty(document.People);
        Assert.Contains(document.SpansOf("trigger"), s => s.Of(text) is "official visit" or "working visit" or "thăm chính thức");
        Assert.DoesNotContain(document.Events, e => e.Type == "visit");
    }

    // The host stands in for a missing party of a two-party event, but not for one an ongoing word leaves unnamed.
    [Fact]
    public void Talks_in_progress_by_someone_unnamed_do_not_take_the_host_as_a_party()
    {
        const string text = "Đại tướng Trần Văn Sơn đã tiếp đoàn đại biểu Nhật Bản đang hội đàm với Đô đốc Ivan Petrov.";
        var document = TaggingFixtures.Tag(text, "vi");

        Assert.Contains(document.SpansOf("trigger"), s => s.Of(text) == "hội đàm");
        Assert.DoesNotContain(document.Events, e => e.Type == "talks");
    }

    [Theory]
    [InlineData("en", "At the invitation of Minister of National Defence Gen. Tran Van Son, Russian Deputy Defence Minister Col. Gen. Ivan Petrov is paying an official visit to Vietnam.", "Ivan Petrov")]
    [InlineData("vi", "Theo lời mời của Đại tướng Trần Văn Sơn, Bộ trưởng Bộ Quốc phòng, Thượng tướng Ivan Petrov, Thứ trưởng Quốc phòng Nga thăm chính thức Việt Nam.", "Ivan Petrov")]
    [InlineData("en", "Senior Lieut. Gen. Tran Van Son visited Japan at the invitation of Japanese Vice Minister of Defence Tanaka Hiroshi.", "Tran Van Son")]
    public void The_host_who_invited_is_no_participant_of_the_visit(string language, string text, string visitor)
    {
        var document = TaggingFixtures.Tag(text, language);

        Assert.Equal(2, document.People.Count);
        var visit = Assert.Single(document.Events, e => e.Type == "visit");
        Assert.Equal([visitor], TaggingFixtures.Names(document, visit));
    }

    [Theory]
    [InlineData("en", "At the invitation of the Ministry of National Defence of Vietnam, Admiral Ivan Petrov paid an official visit to Hanoi.")]
    [InlineData("vi", "Theo lời mời của Bộ Quốc phòng Việt Nam, Đô đốc Ivan Petrov thăm chính thức Việt Nam.")]
    public void A_visitor_after_an_inviting_body_is_the_visitor(string language, string text)
    {
        var document = TaggingFixtures.Tag(text, language);

        var visit = Assert.Single(document.Events, e => e.Type == "visit");
        Assert.Equal(["Ivan Petrov"], TaggingFixtures.Names(document, visit));
    }

    [Fact]
    public void The_host_who_invited_is_no_subject_of_a_later_trigger()
    {
        const string text = "At the invitation of Gen. Tran Van Son, Admiral Ivan Petrov paid an official visit to Vietnam and held talks with Lt. Gen. Le Van Minh.";
        var document = TaggingFixtures.Tag(text, "en");

        var talks = Assert.Single(document.Events, e => e.Type == "talks");
        Assert.Equal(["Ivan Petrov", "Le Van Minh"], TaggingFixtures.Names(document, talks));
    }

    // The host of a dialogue takes part in it: event-types.tsv says which types the inviter stays out of.
    [Fact]
    public void The_host_who_invited_to_a_dialogue_takes_part_in_it()
    {
        // Another person comes first, so that the article's first person cannot stand in for the host.
        const string text = "Đại tướng Lê Văn Minh dự lễ khai mạc.\nNhận lời mời của Thượng tướng Trần Văn Sơn, Thứ trưởng Bộ Quốc phòng, ngày 16/9, Đoàn đại biểu Nhật Bản do Thứ trưởng "
            + "Quốc phòng Nhật Bản Tanaka Hiroshi làm Trưởng đoàn sang Việt Nam dự phiên Đối thoại Chính sách Quốc phòng lần thứ 9.";
        var document = TaggingFixtures.Tag(text, "vi");

        var dialogue = Assert.Single(document.Events, e => e.Type == "dialogue");
        Assert.Equal(["Trần Văn Sơn", "Tanaka Hiroshi"], TaggingFixtures.Names(document, dialogue));
    }

    [Fact]
    public void The_invitation_words_and_the_types_the_inviter_stays_out_of_are_knowledge()
    {
        const string text = "At the invitation of Gen. Tran Van Son, Admiral Ivan Petrov visited Vietnam.";
        using var withoutWords = KnowledgeCopy.Without("event-triggers.tsv", "inviter\ten\tat the invitation of");
        using var visitHostTakesPart = KnowledgeCopy.Without("event-types.tsv", "visit\t1\tno");
        File.AppendAllText(Path.Combine(visitHostTakesPart.Path, "event-types.tsv"), "visit\t1\tyes\n");

        Assert.Equal("Ivan Petrov", VisitParticipants(text, KnowledgeBase.BuiltIn));
        Assert.Equal("Tran Van Son;Ivan Petrov", VisitParticipants(text, KnowledgeBase.Load(withoutWords.Path)));
        Assert.Equal("Tran Van Son;Ivan Petrov", VisitParticipants(text, KnowledgeBase.Load(visitHostTakesPart.Path)));
    }

    [Fact]
    public void An_event_type_with_a_bad_count_or_inviter_value_or_given_twice_is_reported_by_code() =>
        Assert.Equal(
            [DiagnosticCatalog.InvalidKnowledgeValue.Code, DiagnosticCatalog.InvalidKnowledgeValue.Code, DiagnosticCatalog.DuplicateKnowledge.Code],
            WordFiles.ProblemsWith("event-types.tsv", "parade\tmany\n\nparade\t1\tperhaps\nvisit\t2\tno\n"));

    private static string VisitParticipants(string text, KnowledgeBase knowledge)
    {
        var document = TaggingFixtures.Tag(text, "en", knowledge: knowledge);
        return string.Join(";", TaggingFixtures.Names(document, Assert.Single(document.Events, e => e.Type == "visit")));
    }
}
