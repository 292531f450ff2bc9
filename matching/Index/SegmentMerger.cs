using Matching.Engine.Geo;

namespace Matching.Engine.Index;

// Merges adjacent segments into one, dropping deleted documents. Documents keep their relative order,
// so ties (broken by doc id) rank the same before and after a merge.
internal static class SegmentMerger
{
    // docMaps: per source, old doc to new doc, or -1 for a dropped (deleted) document.
    public static Segment Merge(IReadOnlyList<Segment> sources, IReadOnlyList<DeletedDocs> deletions, IndexSchema schema, out int[][] docMaps)
    {
        docMaps = new int[sources.Count][];
        var maxDoc = 0;
        for (var s = 0; s < sources.Count; s++)
        {
            var map = docMaps[s] = new int[sources[s].MaxDoc];
            for (var doc = 0; doc < map.Length; doc++)
            {
                map[doc] = deletions[s].Contains(doc) ? -1 : maxDoc++;
            }
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

        for (var s = 0; s < sources.Count; s++)
        {
            var source = sources[s];
            var map = docMaps[s];
            for (var doc = 0; doc < map.Length; doc++)
            {
                var target = map[doc];
                if (target < 0)
                {
                    continue;
                }

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
        }

        var cells = GeoCell.OfAll(latitudes, longitudes);
        var text = new TextPostings[schema.TextFields.Count];
        var keywords = new KeywordValues[schema.KeywordFields.Count];
        var maps = docMaps;
        FieldWork.Run(text.Length + keywords.Length, maxDoc, field =>
        {
            if (field < text.Length)
            {
                text[field] = MergeText(sources, maps, field, maxDoc);
            }
            else
            {
                keywords[field - text.Length] = MergeKeywords(sources, maps, field - text.Length, maxDoc, cells);
            }
        });

        var numeric = NumericValues.SideBySide(numbers, present, maxDoc);

        return new Segment(maxDoc, ids, text, keywords, numeric, latitudes, longitudes);
    }

    private static TextPostings MergeText(IReadOnlyList<Segment> sources, int[][] docMaps, int field, int maxDoc)
    {
        // Pass 1: new term ids and live postings per term; pass 2: copy postings, source by source.
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

        var starts = SegmentBuilder.Starts(docFreqs);
        var next = starts[..^1];
        var docs = new int[starts[^1]];
        var freqs = new PostingFreqs.Builder(docs.Length);
        var norms = new byte[maxDoc];
        var lengths = new int[maxDoc];
        Span<int> sourceDocs = stackalloc int[PostingBlocks.BlockSize];
        Span<int> sourceFreqs = stackalloc int[PostingBlocks.BlockSize];
        for (var s = 0; s < sources.Count; s++)
        {
            var postings = sources[s].Text[field];
            var map = docMaps[s];
            for (var sourceId = 0; sourceId < remaps[s].Length; sourceId++)
            {
                var id = remaps[s][sourceId];
                if (id < 0)
                {
                    continue;
                }

                var blocks = postings.Blocks.Read(sourceId, sourceDocs, sourceFreqs);
                while (blocks.MoveNext())
                {
                    for (var i = 0; i < blocks.Docs.Length; i++)
                    {
                        var target = map[blocks.Docs[i]];
                        if (target >= 0)
                        {
                            docs[next[id]] = target;
                            freqs.Set(next[id]++, blocks.Freqs[i]);
                        }
                    }
                }
            }

            for (var doc = 0; doc < map.Length; doc++)
            {
                if (map[doc] >= 0)
                {
                    norms[map[doc]] = postings.Norms[doc];
                    lengths[map[doc]] = postings.Lengths[doc];
                }
            }
        }

        return new TextPostings(termIds, starts, docs, freqs.Build(), norms, lengths);
    }

    private static KeywordValues MergeKeywords(IReadOnlyList<Segment> sources, int[][] docMaps, int field, int maxDoc, uint[]? cells)
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

        var starts = SegmentBuilder.Starts(docFreqs);
        var next = starts[..^1];
        var postings = new int[starts[^1]];
        var docStarts = new int[maxDoc + 1];
        var docOrds = new int[postings.Length];
        for (var s = 0; s < sources.Count; s++)
        {
            var values = sources[s].Keywords[field];
            var map = docMaps[s];
            for (var doc = 0; doc < map.Length; doc++)
            {
                var target = map[doc];
                if (target < 0)
                {
                    continue;
                }

                // Live documents are numbered in order, so the forward lists are written in order too.
                var write = docStarts[target];
                for (var i = values.DocStarts[doc]; i < values.DocStarts[doc + 1]; i++)
                {
                    var ord = remaps[s][values.DocOrds[i]];
                    docOrds[write++] = ord;
                    postings[next[ord]++] = target;
                }

                docStarts[target + 1] = write;
            }
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
