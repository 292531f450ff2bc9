using Matching.Engine.Geo;
using Matching.Engine.Index;

namespace Matching.Engine.Tests.Index;

public sealed class LocalityOrderTests
{
    // What makes the curve worth following: the cells of any aligned square of the grid (a quadrant of a quadrant ...)
    // are one unbroken stretch of it, so documents in one neighbourhood are laid out together.
    [Theory]
    [InlineData(0, 0, 4)]
    [InlineData(33_216, 2_560, 16)]
    [InlineData(33_280, 2_304, 64)]
    [InlineData(65_472, 64, 64)]
    public void The_cells_of_an_aligned_square_are_one_stretch_of_the_curve(int row, int column, int side)
    {
        var positions = new List<uint>();
        for (var r = row; r < row + side; r++)
        {
            for (var c = column; c < column + side; c++)
            {
                positions.Add(LocalityOrder.CurvePosition(((uint)r << 16) | (uint)c));
            }
        }

        positions.Sort();
        Assert.Equal(positions.Count, positions.Distinct().Count());
        Assert.Equal((uint)(side * side) - 1, positions[^1] - positions[0]);
    }

    // Each step along the curve goes to a neighbouring cell: no jump across the map between two documents laid out in turn.
    [Fact]
    public void Consecutive_positions_are_neighbouring_cells()
    {
        const int side = 32;
        var cells = new Dictionary<uint, (int Row, int Column)>();
        for (var r = 0; r < side; r++)
        {
            for (var c = 0; c < side; c++)
            {
                cells[LocalityOrder.CurvePosition(((uint)r << 16) | (uint)c)] = (r, c);
            }
        }

        for (var position = 1u; position < side * side; position++)
        {
            var (before, after) = (cells[position - 1], cells[position]);
            Assert.Equal(1, Math.Abs(before.Row - after.Row) + Math.Abs(before.Column - after.Column));
        }
    }

    [Fact]
    public void Documents_without_a_location_come_last_and_a_cell_keeps_the_given_order()
    {
        (double, double)[] locations =
        [
            (double.NaN, double.NaN), // unknown
            (53.2194, 6.5665),        // Groningen
            (51.9244, 4.4777),        // Rotterdam
            (53.2194, 6.5665),        // Groningen again
            (51.9244, 4.4777),        // Rotterdam again
        ];

        var order = LocalityOrder.Of(locations.Length, i => locations[i]);

        Assert.Equal(0, order[^1]);
        Assert.True(order.ToList().IndexOf(1) < order.ToList().IndexOf(3));
        Assert.True(order.ToList().IndexOf(2) < order.ToList().IndexOf(4));
        Assert.Equal(1, Math.Abs(order.ToList().IndexOf(1) - order.ToList().IndexOf(3)));
        Assert.Equal(GeoCell.Unknown, GeoCell.Of(double.NaN, double.NaN));
    }
}
