using System.Reflection;
using System.Text;
using FollowUpRules.DependencyInjection;
using FollowUpRules.Engine;
using FollowUpRules.Testing;

namespace FollowUpRules.Tests.PublicApi;

/// <summary>
/// Compares each package's public surface with a checked-in listing, so that every change to the public API is a
/// deliberate, reviewed edit of <c>tests/FollowUpRules.Tests/PublicApi/*.approved.txt</c>.
/// </summary>
public class PublicApiTest
{
    [Theory]
    [InlineData(typeof(FollowUpEngine), "FollowUpRules.approved.txt")]
    [InlineData(typeof(FollowUpGenerators), "FollowUpRules.Testing.approved.txt")]
    [InlineData(typeof(FollowUpRulesServiceCollectionExtensions), "FollowUpRules.DependencyInjection.approved.txt")]
    public void PublicApi_MatchesTheApprovedListing(Type marker, string approvedFile)
    {
        string actual = Describe(marker.Assembly);
        string path = Path.Combine(SourceDirectory(), approvedFile);
        string approved = File.Exists(path) ? File.ReadAllText(path).ReplaceLineEndings("\n") : string.Empty;

        string receivedFile = approvedFile.Replace(".approved.txt", ".received.txt", StringComparison.Ordinal);
        if (actual != approved)
        {
            File.WriteAllText(Path.Combine(SourceDirectory(), receivedFile), actual);
        }

        actual.ShouldBe(approved, $"The public API of {marker.Assembly.GetName().Name} changed. If the change is intended, copy {receivedFile} over {approvedFile}.");
    }

    private static string SourceDirectory([System.Runtime.CompilerServices.CallerFilePath] string file = "") => Path.GetDirectoryName(file)!;

    internal static string Describe(Assembly assembly)
    {
        var text = new StringBuilder();
        foreach (Type type in assembly.GetExportedTypes().OrderBy(t => t.FullName, StringComparer.Ordinal))
        {
            text.Append(TypeHeader(type)).Append('\n');
            IEnumerable<string> members = type.GetMembers(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly)
                .Where(m => m is not MethodInfo { IsSpecialName: true } || m.Name.StartsWith("op_", StringComparison.Ordinal))
                .Where(m => !IsCompilerGenerated(m))
                .Select(Member)
                .Order(StringComparer.Ordinal);
            foreach (string member in members)
            {
                text.Append("    ").Append(member).Append('\n');
            }
        }

        return text.ToString();
    }

    private static bool IsCompilerGenerated(MemberInfo member) =>
        member.GetCustomAttribute<System.Runtime.CompilerServices.CompilerGeneratedAttribute>() is not null
        && member is MethodInfo { Name: "<Clone>$" or "PrintMembers" };

    private static string TypeHeader(Type type)
    {
        string kind = type.IsEnum ? "enum" : type.IsInterface ? "interface" : type.IsValueType ? "struct" : type.IsAbstract && type.IsSealed ? "static class" : type.IsAbstract ? "abstract class" : type.IsSealed ? "sealed class" : "class";
        var bases = new List<string>();
        if (type.BaseType is { } b && b != typeof(object) && b != typeof(ValueType) && b != typeof(Enum))
        {
            bases.Add(Name(b));
        }

        bases.AddRange(type.GetInterfaces().Select(Name).Order(StringComparer.Ordinal));
        return $"{kind} {Name(type)}" + (bases.Count > 0 ? " : " + string.Join(", ", bases) : string.Empty);
    }

    private static string Member(MemberInfo member) => member switch
    {
        ConstructorInfo c => $"ctor({Parameters(c.GetParameters())})",
        MethodInfo m => $"{(m.IsStatic ? "static " : string.Empty)}{Name(m.ReturnType)} {m.Name}{(m.IsGenericMethod ? "<" + string.Join(", ", m.GetGenericArguments().Select(Name)) + ">" : string.Empty)}({Parameters(m.GetParameters())})",
        PropertyInfo p => $"{(p.GetMethod?.IsStatic == true ? "static " : string.Empty)}{Name(p.PropertyType)} {p.Name} {{ {(p.GetMethod?.IsPublic == true ? "get; " : string.Empty)}{(p.SetMethod?.IsPublic == true ? (p.SetMethod.ReturnParameter.GetRequiredCustomModifiers().Any(t => t.Name == "IsExternalInit") ? "init; " : "set; ") : string.Empty)}}}",
        FieldInfo f => f.IsLiteral ? $"const {Name(f.FieldType)} {f.Name} = {f.GetRawConstantValue()}" : $"{(f.IsStatic ? "static " : string.Empty)}{(f.IsInitOnly ? "readonly " : string.Empty)}{Name(f.FieldType)} {f.Name}",
        EventInfo e => $"event {Name(e.EventHandlerType!)} {e.Name}",
        Type nested => $"nested {Name(nested)}",
        _ => member.ToString() ?? member.Name,
    };

    private static string Parameters(ParameterInfo[] parameters) =>
        string.Join(", ", parameters.Select(p => $"{(p.IsDefined(typeof(ParamArrayAttribute)) ? "params " : string.Empty)}{Name(p.ParameterType)} {p.Name}{(p.HasDefaultValue ? " = " + (p.DefaultValue ?? "null") : string.Empty)}"));

    private static string Name(Type type)
    {
        if (type.IsByRef)
        {
            return "ref " + Name(type.GetElementType()!);
        }

        if (type.IsArray)
        {
            return Name(type.GetElementType()!) + "[]";
        }

        if (Nullable.GetUnderlyingType(type) is { } underlying)
        {
            return Name(underlying) + "?";
        }

        if (type.IsGenericParameter)
        {
            return type.Name;
        }

        string name = type.Namespace is { } ns && !ns.StartsWith("System", StringComparison.Ordinal) ? type.FullName ?? type.Name : type.Name;
        if (type.IsGenericType)
        {
            int tick = type.Name.IndexOf('`', StringComparison.Ordinal);
            string simple = tick < 0 ? (type.DeclaringType is { } outer ? Name(outer.GetGenericTypeDefinition()) + "." + type.Name : type.Name) : type.Name[..tick];
            name = (tick >= 0 && type.Namespace is { } n && !n.StartsWith("System", StringComparison.Ordinal) ? type.Namespace + "." : string.Empty) + simple;
            if (tick < 0)
            {
                return name;
            }

            return $"{name}<{string.Join(", ", type.GetGenericArguments().Select(Name))}>";
        }

        return name.Replace('+', '.');
    }
}
