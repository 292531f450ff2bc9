using Matching.Engine.Geo;

namespace Matching.Engine.Index;

// Merges adjacent segments into one, dropping deleted documents. Without locations, documents keep their relative order,
// so ties (broken by doc id) rank the same before and after a merge; with locations, the merged segment lays its documents
// out by place, as a new segment does (LocalityOrder), and documents in one cell keep their relative order.
internal static class SegmentMerger
{
    // docMaps: per source, old doc to new doc, or -1 for a dropped (deleted) document.
    public static Segment Merge(IReadOnlyList<Segment> sources, IReadOnlyList<DeletedDocs> deletions, IndexSchema schema, out int[][] docMaps)
    {
        var order = Order(sources, deletions, schema.HasLocation);
        var maxDoc = order.Length;
        docMaps = new int[sources.Count][];
        for (var s = 0; s < sources.Count; s++)
        {
            Array.Fill(docMaps[s] = new int[sources[s].MaxDoc], -1);
        }

        for (var target = 0; target < maxDoc; target++)
        {
            docMaps[order[target].Source][order[target].Doc] = target;
        }

        var ids = new Guid[maxDoc];
        double[]? latitudes = schema.HasLocation ? new double[maxDoc] : null;
        double[]? longitudes = schema.HasLocation ? new double[maxDoc] : null;
        var numbers = new long[schema.NumericFields.Count][];
        var present = new ulong[numbers.Length][];
        for (var field = 0; field < numbers.Length; field++)
        {
            numbers[field] = new long[maxDoc];
            present[field] = new ulong[(maxDoc + 63) >> 6];
        }

        for (var target = 0; target < maxDoc; target++)
        {
            var (source, doc) = (sources[order[target].Source], order[target].Doc);
            ids[target] = source.Ids[doc];
            if (latitudes is not null)
            {
                latitudes[target] = source.Latitude(doc);
                longitudes![target] = source.Longitude(doc);
            }

            for (var field = 0; field < numbers.Length; field++)
            {
                if (source.Numbers[field].TryGet(doc, out var value))
                {
                    numbers[field][target] = value;
                    present[field][target >> 6] |= 1UL << target;
                }
            }
        }

        var cells = GeoCell.OfAll(latitudes, longitudes);
        var text = new TextPostings[schema.TextFields.Count];
        var keywords = new KeywordValues[schema.KeywordFields.Count];
        var maps = docMaps;
        FieldWork.Run(text.Length + keywords.Length, maxDoc, field =>
        {
            if (field < text.Length)
            {
                text[field] = MergeText(sources, maps, order, field);
            }
            else
            {
                keywords[field - text.Length] = MergeKeywords(sources, maps, order, field - text.Length, cells);
            }
        });

        var numeric = NumericValues.SideBySide(numbers, present, maxDoc);

        return new Segment(maxDoc, ids, text, keywords, numeric, latitudes, longitudes);
    }

    // The live documents of the sources in their merged order: source by source, then, with locations, by place.
    private static (int Source, int Doc)[] Order(IReadOnlyList<Segment> sources, IReadOnlyList<DeletedDocs> deletions, bool byPlace)
    {
        var live = new List<(int Source, int Doc)>();
        for (var s = 0; s < sources.Count; s++)
        {
            for (var doc = 0; doc < sources[s].MaxDoc; doc++)
            {
                if (!deletions[s].Contains(doc))
                {
                    live.Add((s, doc));
                }
            }
        }

        return byPlace
            ? LocalityOrder.Sort(live, at => (sources[at.Source].Latitude(at.Doc), sources[at.Source].Longitude(at.Doc)))
            : [.. live];
    }

    private static TextPostings MergeText(IReadOnlyList<Segment> sources, int[][] docMaps, (int Source, int Doc)[] order, int field)
    {
        // Pass 1: new term ids and live postings per term; pass 2: each merged document's terms from its source's forward
        // index, in merged order, so that every term's postings come out ascending whatever the order.
        var termIds = new Dictionary<string, int>(StringComparer.Ordinal);
        var docFreqs = new List<int>();
        var remaps = new int[sources.Count][];
        for (var s = 0; s < sources.Count; s++)
        {
            var postings = sources[s].Text[field];
            var remap = remaps[s] = new int[postings.TermIds.Count];
            foreach (var (term, sourceId) in postings.TermIds)
            {
                var live = LiveCount(postings.Blocks, sourceId, docMaps[s]);
                if (live == 0)
                {
                    remap[sourceId] = -1;
                    continue;
                }

                var id = remap[sourceId] = SegmentBuilder.IdOf(termIds, docFreqs, term);
                docFreqs[id] += live;
            }
        }

        var maxDoc = order.Length;
        var starts = SegmentBuilder.Starts(docFreqs);
        var next = starts[..^1];
        var docs = new int[starts[^1]];
        var freqs = new PostingFreqs.Builder(docs.Length);
        var norms = new byte[maxDoc];
        var lengths = new int[maxDoc];
        for (var target = 0; target < maxDoc; target++)
        {
            var (s, doc) = order[target];
            var postings = sources[s].Text[field];
            var forward = postings.Forward;
            var remap = remaps[s];
            var (from, end) = forward.Range(doc);
            for (var at = from; at < end; at++)
            {
                var term = forward.TermAt(at);
                var position = next[remap[term]]++;
                docs[position] = target;
                freqs.Set(position, postings.DocTermFreq(doc, term, forward.FreqByteAt(at)));
            }

            norms[target] = postings.Norms[doc];
            lengths[target] = postings.Lengths[doc];
        }

        return new TextPostings(termIds, starts, docs, freqs.Build(), norms, lengths);
    }

    private static KeywordValues MergeKeywords(IReadOnlyList<Segment> sources, int[][] docMaps, (int Source, int Doc)[] order, int field, uint[]? cells)
    {
        var ords = new Dictionary<string, int>(StringComparer.Ordinal);
        var docFreqs = new List<int>();
        var remaps = new int[sources.Count][];
        for (var s = 0; s < sources.Count; s++)
        {
            var values = sources[s].Keywords[field];
            var remap = remaps[s] = new int[values.Values.Length];
            for (var sourceOrd = 0; sourceOrd < remap.Length; sourceOrd++)
            {
                var live = LiveCount(values.Docs, values.PostingStarts[sourceOrd], values.PostingStarts[sourceOrd + 1], docMaps[s]);
                if (live == 0)
                {
                    remap[sourceOrd] = -1;
                    continue;
                }

                var ord = remap[sourceOrd] = SegmentBuilder.IdOf(ords, docFreqs, values.Values[sourceOrd]);
                docFreqs[ord] += live;
            }
        }

        var maxDoc = order.Length;
        var starts = SegmentBuilder.Starts(docFreqs);
        var next = starts[..^1];
        var postings = new int[starts[^1]];
        var docStarts = new int[maxDoc + 1];
        var docOrds = new int[postings.Length];
        // In merged order, so the forward lists and every value's postings are written in order.
        for (var target = 0; target < maxDoc; target++)
        {
            var (s, doc) = order[target];
            var values = sources[s].Keywords[field];
            var write = docStarts[target];
            for (var i = values.DocStarts[doc]; i < values.DocStarts[doc + 1]; i++)
            {
                var ord = remaps[s][values.DocOrds[i]];
                docOrds[write++] = ord;
                postings[next[ord]++] = target;
            }

            docStarts[target + 1] = write;
        }

        var byOrd = new string[ords.Count];
        foreach (var (value, ord) in ords)
        {
            byOrd[ord] = value;
        }

        return new KeywordValues(ords, byOrd, starts, postings, docStarts, docOrds, cells);
    }

    private static int LiveCount(PostingBlocks postingBlocks, int term, int[] map)
    {
        var live = 0;
        var blocks = postingBlocks.Read(term, stackalloc int[PostingBlocks.BlockSize]);
        while (blocks.MoveNext())
        {
            foreach (var doc in blocks.Docs)
            {
                if (map[doc] >= 0)
                {
                    live++;
                }
            }
        }

        return live;
    }

    private static int LiveCount(int[] docs, int start, int end, int[] map)
    {
        var live = 0;
        for (var p = start; p < end; p++)
        {
            if (map[docs[p]] >= 0)
            {
                live++;
            }
        }

        return live;
    }
}
