namespace Matching.Jobs.Reports;

/// <summary>
/// The report page's inline stylesheet: system fonts only, since the page must not fetch anything. Below 560px the
/// flagged table turns into one card per cell, because scrolling sideways would hide the shortfall and the crebo's,
/// the two things a coordinator opens it for; the long table of all cells scrolls instead.
/// </summary>
internal static class ShortfallReportStyle
{
    public const string Css = """

        :root{--ink:#1d2733;--muted:#5c6876;--line:#e2e7ed;--bg:#f2f4f7;--card:#fff;--accent:#17324d;
        --short:#e03131;--short-bg:#fff1f1;--surplus:#2f9e44;--demand:#e8590c;--supply:#1c7ed6}
        *{box-sizing:border-box}
        html{-webkit-text-size-adjust:100%;text-size-adjust:100%}
        body{margin:0;background:var(--bg);color:var(--ink);font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,"Noto Sans","DejaVu Sans",sans-serif}
        .wrap{max-width:1080px;margin:0 auto;padding:0 16px}
        header.top{background:var(--accent);color:#fff;padding:18px 0 44px}
        .eyebrow{margin:0;font-size:.72rem;letter-spacing:.08em;text-transform:uppercase;opacity:.75}
        h1{margin:4px 0 12px;font-size:1.6rem;line-height:1.2}
        h1 .since{display:block;font-size:.9rem;font-weight:400;opacity:.8;margin-top:2px}
        .headline{margin:0 0 14px;font-size:1.05rem;font-weight:600}
        .meta{display:grid;grid-template-columns:repeat(auto-fit,minmax(220px,1fr));gap:8px 24px;margin:0}
        .meta dt{font-size:.7rem;letter-spacing:.06em;text-transform:uppercase;opacity:.7}
        .meta dd{margin:0;font-size:.92rem}
        main.wrap{margin-top:-30px}
        section{background:var(--card);border-radius:12px;padding:16px 18px;margin:0 0 16px;box-shadow:0 1px 3px rgba(16,24,40,.1)}
        section.figures{display:grid;grid-template-columns:repeat(auto-fit,minmax(160px,1fr));gap:12px;background:none;box-shadow:none;padding:0}
        .figure{background:var(--card);border-radius:12px;padding:12px 16px;box-shadow:0 1px 3px rgba(16,24,40,.1);border-left:5px solid var(--line)}
        .figure-demand{border-left-color:var(--demand)}
        .figure-supply{border-left-color:var(--supply)}
        .figure-short{border-left-color:var(--short)}
        .figure-surplus{border-left-color:var(--surplus)}
        .figure .label{font-size:.72rem;letter-spacing:.06em;text-transform:uppercase;color:var(--muted)}
        .figure .value{font-size:2rem;font-weight:700;line-height:1.15;font-variant-numeric:tabular-nums}
        .figure-short .value{color:var(--short)}
        .figure-surplus .value{color:var(--surplus)}
        .figure .sub{font-size:.82rem;color:var(--muted)}
        h2{margin:0 0 4px;font-size:1.15rem}
        h2 .count,h3 .count{white-space:nowrap;font-size:.8rem;font-weight:600;color:var(--muted);background:var(--bg);border-radius:999px;padding:1px 8px;vertical-align:2px}
        .note{margin:0 0 12px;color:var(--muted);font-size:.88rem}
        .empty{margin:8px 0;padding:16px;border:1px dashed var(--line);border-radius:8px;color:var(--muted);text-align:center}
        .muted{color:var(--muted)}
        .scroll{overflow-x:auto;-webkit-overflow-scrolling:touch;margin:0 -18px;padding:0 18px}
        table{border-collapse:collapse;width:100%;font-size:.88rem;font-variant-numeric:tabular-nums}
        th,td{padding:7px 10px;border-bottom:1px solid var(--line);text-align:left;vertical-align:top}
        th,td.num,td.month{white-space:nowrap}
        td.name{min-width:9em}
        th{font-size:.72rem;letter-spacing:.05em;text-transform:uppercase;color:var(--muted);font-weight:600;background:#f8f9fb}
        th.num,td.num{text-align:right}
        tr.flagged td{background:var(--short-bg)}
        .short{color:var(--short);font-weight:700}
        .surplus{color:var(--surplus);font-weight:600}
        td.crebos{padding-top:5px;padding-bottom:5px;min-width:250px}
        td.crebos .short{white-space:nowrap}
        td.crebos ul{margin:0;padding:0;list-style:none}
        td.crebos li{margin:0 0 2px}
        .crebo{display:inline-block;font-size:.75rem;font-weight:600;color:var(--accent);background:#e7eef6;border-radius:4px;padding:0 5px}
        .badge{display:inline-block;font-size:.72rem;font-weight:700;color:#fff;background:var(--short);border-radius:999px;padding:1px 8px}
        .status{display:inline-block;font-size:.72rem;font-weight:700;border-radius:999px;padding:1px 8px;color:var(--muted);background:var(--bg)}
        .status.confirmed{color:var(--surplus);background:#ebfbee}
        table.rounds th{white-space:normal;vertical-align:bottom}
        .recruit-cell{margin:14px 0 0;padding:10px 0 0;border-top:1px solid var(--line)}
        .recruit-cell h3{margin:0 0 2px;font-size:.98rem}
        td.why{min-width:16em}
        td.why ul{margin:0;padding:0;list-style:none}
        td.why li{margin:0 0 2px}
        .legend{display:flex;flex-wrap:wrap;gap:6px 16px;margin:0 0 8px;font-size:.82rem;color:var(--muted)}
        .swatch{display:inline-block;width:12px;height:12px;border-radius:3px;margin-right:6px;vertical-align:-1px}
        svg.chart{display:block;width:100%;height:auto;overflow:visible}
        svg.chart text{font-family:inherit;fill:var(--ink)}
        .split{display:grid;grid-template-columns:minmax(0,1fr) minmax(0,1fr);gap:16px 32px;align-items:start}
        table.sectors td.name{min-width:11em}
        @media (max-width:860px){.split{grid-template-columns:minmax(0,1fr)}}
        .chart .label{font-size:12.5px;font-weight:600}
        .chart .detail,.chart .axis,.chart .axis-title,.chart .legend text{font-size:11px;fill:var(--muted)}
        .chart .value{font-size:12.5px;font-weight:700}
        .chart text.short{fill:var(--short)}
        .chart text.surplus{fill:var(--surplus)}
        .chart text.empty{font-size:14px;fill:var(--muted)}
        .chart .grid{stroke:var(--line);stroke-width:1}
        .trends{display:grid;grid-template-columns:repeat(auto-fill,minmax(min(100%,360px),1fr));gap:12px 20px}
        figure{margin:0;padding:8px 0 0;border-top:1px solid var(--line)}
        figcaption{margin:0 0 4px;font-size:.95rem}
        footer{color:var(--muted);font-size:.8rem;padding-bottom:32px}
        @media (max-width:560px){
        body{font-size:14px}
        h1{font-size:1.3rem}
        .wrap{padding:0 10px}
        section{padding:14px 12px;border-radius:10px}
        .scroll{margin:0 -12px;padding:0 12px}
        .figure{padding:10px 12px}
        .figure .value{font-size:1.6rem}
        section.figures{grid-template-columns:1fr 1fr;gap:8px}
        .figure.lead{grid-column:1/-1}
        table.sectors th,table.sectors td{padding:6px 5px}
        table.sectors td.name{min-width:0}
        table.flagged thead{display:none}
        table.flagged,table.flagged tbody{display:block}
        table.flagged tr{display:grid;grid-template-columns:1fr 1fr auto;gap:2px 10px;padding:10px 0;border-bottom:1px solid var(--line)}
        table.flagged td{display:block;border:0;padding:0;min-width:0;text-align:left}
        table.flagged td.sector{grid-area:1/1/2/3;font-weight:700}
        table.flagged td.region{grid-area:2/1/3/3}
        table.flagged td.month{grid-area:2/3/3/4;text-align:right;color:var(--muted)}
        table.flagged td.shortfall{grid-area:1/3/2/4;text-align:right;font-size:1.15rem}
        table.flagged td.demand{grid-area:3/1/4/2}
        table.flagged td.supply{grid-area:3/2/4/3}
        table.flagged td.num::before{content:attr(data-label) " ";color:var(--muted);font-size:.72rem;letter-spacing:.05em;text-transform:uppercase}
        table.flagged td.crebos{grid-area:4/1/5/4;margin-top:4px}
        table.recruits thead{display:none}
        table.recruits,table.recruits tbody{display:block}
        table.recruits tr{display:grid;grid-template-columns:1fr auto;gap:2px 10px;padding:10px 0;border-bottom:1px solid var(--line)}
        table.recruits td{display:block;border:0;padding:0;min-width:0;text-align:left}
        table.recruits td.name{grid-area:1/1/2/2;font-weight:700}
        table.recruits td.name .muted{font-weight:400}
        table.recruits td.place{grid-area:2/1/3/2}
        table.recruits td.reach{grid-area:1/2/2/3;text-align:right}
        table.recruits td.placed{grid-area:2/2/3/3;text-align:right}
        table.recruits td.why{grid-area:3/1/4/3;margin-top:4px}
        table.recruits td.num::before{content:attr(data-label) " ";color:var(--muted);font-size:.72rem;letter-spacing:.05em;text-transform:uppercase}
        }

        """;
}
