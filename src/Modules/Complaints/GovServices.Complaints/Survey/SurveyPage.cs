using System.Net;
using GovServices.BuildingBlocks.Application;

namespace GovServices.Complaints.Survey;

/// <summary>
/// The survey's page: semantic HTML, one small inline stylesheet, no script, Bahasa Indonesia first and English
/// beneath, readable on a phone. The answer is a form post of one of two buttons, so it works without JavaScript.
/// Everything the page shows from outside is HTML-encoded.
/// </summary>
internal static class SurveyPage
{
    private const string Style = """
        body{font-family:system-ui,sans-serif;max-width:34rem;margin:2rem auto;padding:0 1rem;line-height:1.5;color:#1f2933;background:#f7f9fb}
        main{background:#fff;border:1px solid #d9e2ec;border-radius:.75rem;padding:1.5rem}
        h1{font-size:1.35rem;margin-top:0}.en{color:#52606d;font-size:.95rem}
        form{display:flex;flex-direction:column;gap:.75rem;margin-top:1.25rem}
        button{font-size:1.1rem;padding:.9rem;border-radius:.5rem;border:1px solid #334e68;background:#fff;color:#102a43;cursor:pointer}
        button.fixed{background:#2f6f4f;border-color:#2f6f4f;color:#fff}
        footer{margin-top:1.5rem;font-size:.85rem;color:#52606d}
        """;

    public static string Question(SurveyLinkState state) => Page(
        "Apakah masalahnya sudah beres?",
        $"""
        <h1>Apakah masalahnya sudah beres?</h1>
        <p>Pengaduan <strong>{Encode(state.TrackingCode)}</strong> sudah diselesaikan beberapa minggu lalu. Apakah masalahnya kini benar-benar beres?</p>
        <p class="en" lang="en">Is it fixed? Complaint {Encode(state.TrackingCode)} was resolved some weeks ago. Is the problem really fixed now?</p>
        <form method="post">
          <button class="fixed" type="submit" name="answer" value="{SurveyAnswer.Fixed}">Ya, sudah beres <span lang="en">· Yes, it is fixed</span></button>
          <button type="submit" name="answer" value="{SurveyAnswer.NotFixed}">Belum beres <span lang="en">· No, it is not fixed</span></button>
        </form>
        <p class="en">Jika belum beres, pengaduan dibuka kembali dan ditindaklanjuti lagi oleh dinas terkait. <span lang="en">If not, the complaint is reopened and the department acts on it again.</span></p>
        """);

    public static string Answered(string trackingCode, string answer) => Page(
        "Terima kasih",
        answer == SurveyAnswer.Fixed
            ? $"""
              <h1>Terima kasih, jawaban Anda tercatat.</h1>
              <p>Pengaduan <strong>{Encode(trackingCode)}</strong>: <strong>sudah beres</strong>. Pengaduan ini ditutup.</p>
              <p class="en" lang="en">Thank you, your answer was recorded: complaint {Encode(trackingCode)} is fixed, and it is closed.</p>
              """
            : $"""
              <h1>Terima kasih, jawaban Anda tercatat.</h1>
              <p>Pengaduan <strong>{Encode(trackingCode)}</strong>: <strong>belum beres</strong>. Pengaduan dibuka kembali dan akan ditindaklanjuti lagi.</p>
              <p class="en" lang="en">Thank you, your answer was recorded: complaint {Encode(trackingCode)} is not fixed, so it was reopened and will be acted on again.</p>
              """);

    public static string Refused(Error error) => Page(
        "Survei",
        error.Code switch
        {
            "complaint_survey_expired" => """
                <h1>Survei ini sudah berakhir.</h1>
                <p>Batas waktu untuk menjawab sudah lewat, jadi jawaban tidak lagi diterima. Jika masalahnya muncul lagi, silakan buat pengaduan baru.</p>
                <p class="en" lang="en">This survey has ended: its time to answer has passed. If the problem is back, please file a new complaint.</p>
                """,
            "complaint_survey_already_answered" => """
                <h1>Survei ini sudah dijawab.</h1>
                <p>Jawaban hanya dapat diberikan satu kali, dan jawaban sebelumnya tetap berlaku.</p>
                <p class="en" lang="en">This survey was already answered; an answer is given once, and the first one stands.</p>
                """,
            "complaint_survey_closed" => """
                <h1>Pengaduan ini tidak lagi menunggu jawaban.</h1>
                <p>Pengaduan sudah dibuka kembali atau ditutup sebelum survei dijawab. Statusnya dapat dipantau dengan kode pelacakan.</p>
                <p class="en" lang="en">The complaint no longer waits for this answer: it was reopened or closed before the survey was answered. Follow it with its tracking code.</p>
                """,
            "validation_failed" => """
                <h1>Pilih salah satu jawaban.</h1>
                <p>Kembali ke halaman sebelumnya dan pilih "Ya, sudah beres" atau "Belum beres".</p>
                <p class="en" lang="en">Please go back and choose one of the two answers.</p>
                """,
            _ => """
                <h1>Tautan survei tidak valid.</h1>
                <p>Gunakan tautan persis seperti yang dikirim kepada Anda. Tautan yang terpotong atau diubah tidak dapat dipakai.</p>
                <p class="en" lang="en">This survey link is not valid. Use the link exactly as it was sent to you.</p>
                """,
        });

    private static string Page(string title, string content) => $"""
        <!DOCTYPE html>
        <html lang="id">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta name="robots" content="noindex">
        <title>{Encode(title)} · Pemkot Bontang</title>
        <style>{Style}</style>
        </head>
        <body>
        <main>
        {content}
        </main>
        <footer>Layanan Pengaduan Pemerintah Kota Bontang</footer>
        </body>
        </html>
        """;

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
