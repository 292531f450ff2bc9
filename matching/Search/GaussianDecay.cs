namespace Matching.Engine.Search;

/// <summary>Elasticsearch's <c>gauss</c> decay function, in double precision.</summary>
public static class GaussianDecay
{
    /// <summary>
    /// <c>exp(-max(0, |value - origin| - offset)^2 / (2 sigma^2))</c> with <c>sigma^2 = -scale^2 / (2 ln(decay))</c>:
    /// 1 within <paramref name="offset"/> of the origin and <paramref name="decay"/> at offset + scale.
    /// </summary>
    /// <param name="value">The document's value.</param>
    /// <param name="origin">The origin.</param>
    /// <param name="scale">The scale, above 0.</param>
    /// <param name="offset">The offset, at least 0.</param>
    /// <param name="decay">The decay, between 0 and 1, exclusive.</param>
    /// <returns>The factor, between 0 and 1.</returns>
    public static double Evaluate(double value, double origin, double scale, double offset, double decay)
    {
        var sigmaSquared = SigmaSquared(scale, decay);
        var distance = Math.Max(0, Math.Abs(value - origin) - offset);
        return Math.Exp(-(distance * distance) / (2 * sigmaSquared));
    }

    /// <summary><c>-scale^2 / (2 ln(decay))</c>.</summary>
    /// <param name="scale">The scale.</param>
    /// <param name="decay">The decay.</param>
    /// <returns>sigma squared.</returns>
    public static double SigmaSquared(double scale, double decay) => -(scale * scale) / (2 * Math.Log(decay));

    internal static void Validate(double scale, double offset, double decay, string function)
    {
        if (!double.IsFinite(scale) || scale <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(scale), scale, $"{function}: scale must be a finite number above 0.");
        }

        if (!double.IsFinite(offset) || offset < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(offset), offset, $"{function}: offset must be a finite number of at least 0.");
        }

        if (!(decay > 0 && decay < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(decay), decay, $"{function}: decay must be between 0 and 1, exclusive.");
        }
    }
}
