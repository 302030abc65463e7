import { createRequire as __sgCreateRequire } from 'node:module'; const require = __sgCreateRequire(import.meta.url);
import {
  DEFAULT_VULNERABILITIES_CONFIG,
  isExpired
} from "./chunk-35MOABOI.js";
import {
  array,
  looseObject,
  record,
  string,
  unknown
} from "./chunk-6P36TZKO.js";
import {
  ownValue
} from "./chunk-ZVCLYLCS.js";
import {
  diagnostic
} from "./chunk-X54H5DKA.js";
import {
  errorMessage
} from "./chunk-G4PDCYJP.js";
import {
  __commonJS,
  __toESM
} from "./chunk-GH4QJ2HJ.js";

// node_modules/@renovatebot/pep440/lib/version.js
var require_version = __commonJS({
  "node_modules/@renovatebot/pep440/lib/version.js"(exports, module) {
    var VERSION_PATTERN = [
      "v?",
      "(?:",
      /* */
      "(?:(?<epoch>[0-9]+)!)?",
      // epoch
      /* */
      "(?<release>[0-9]+(?:\\.[0-9]+)*)",
      // release segment
      /* */
      "(?<pre>",
      // pre-release
      /*    */
      "[-_\\.]?",
      /*    */
      "(?<pre_l>(a|b|c|rc|alpha|beta|pre|preview))",
      /*    */
      "[-_\\.]?",
      /*    */
      "(?<pre_n>[0-9]+)?",
      /* */
      ")?",
      /* */
      "(?<post>",
      // post release
      /*    */
      "(?:-(?<post_n1>[0-9]+))",
      /*    */
      "|",
      /*    */
      "(?:",
      /*        */
      "[-_\\.]?",
      /*        */
      "(?<post_l>post|rev|r)",
      /*        */
      "[-_\\.]?",
      /*        */
      "(?<post_n2>[0-9]+)?",
      /*    */
      ")",
      /* */
      ")?",
      /* */
      "(?<dev>",
      // dev release
      /*    */
      "[-_\\.]?",
      /*    */
      "(?<dev_l>dev)",
      /*    */
      "[-_\\.]?",
      /*    */
      "(?<dev_n>[0-9]+)?",
      /* */
      ")?",
      ")",
      "(?:\\+(?<local>[a-z0-9]+(?:[-_\\.][a-z0-9]+)*))?"
      // local version
    ].join("");
    module.exports = {
      VERSION_PATTERN,
      valid: valid2,
      clean,
      explain,
      parse,
      stringify
    };
    var validRegex = new RegExp("^" + VERSION_PATTERN + "$", "i");
    function valid2(version) {
      return validRegex.test(version) ? version : null;
    }
    var cleanRegex = new RegExp("^\\s*" + VERSION_PATTERN + "\\s*$", "i");
    function clean(version) {
      return stringify(parse(version, cleanRegex));
    }
    function parse(version, regex) {
      const { groups } = (regex || validRegex).exec(version) || {};
      if (!groups) {
        return null;
      }
      const parsed = {
        epoch: Number(groups.epoch ? groups.epoch : 0),
        release: groups.release.split(".").map(Number),
        pre: normalize_letter_version(groups.pre_l, groups.pre_n),
        post: normalize_letter_version(
          groups.post_l,
          groups.post_n1 || groups.post_n2
        ),
        dev: normalize_letter_version(groups.dev_l, groups.dev_n),
        local: parse_local_version(groups.local)
      };
      return parsed;
    }
    function stringify(parsed) {
      if (!parsed) {
        return null;
      }
      const { epoch, release, pre, post, dev, local } = parsed;
      const parts = [];
      if (epoch !== 0) {
        parts.push(`${epoch}!`);
      }
      parts.push(release.join("."));
      if (pre) {
        parts.push(pre.join(""));
      }
      if (post) {
        parts.push("." + post.join(""));
      }
      if (dev) {
        parts.push("." + dev.join(""));
      }
      if (local) {
        parts.push(`+${local}`);
      }
      return parts.join("");
    }
    function normalize_letter_version(letterIn, numberIn) {
      let letter = letterIn;
      let number = numberIn;
      if (letter) {
        if (!number) {
          number = 0;
        }
        letter = letter.toLowerCase();
        if (letter === "alpha") {
          letter = "a";
        } else if (letter === "beta") {
          letter = "b";
        } else if (["c", "pre", "preview"].includes(letter)) {
          letter = "rc";
        } else if (["rev", "r"].includes(letter)) {
          letter = "post";
        }
        return [letter, Number(number)];
      }
      if (!letter && number) {
        letter = "post";
        return [letter, Number(number)];
      }
      return null;
    }
    function parse_local_version(local) {
      if (local) {
        return local.split(/[._-]/).map(
          (part) => Number.isNaN(Number(part)) ? part.toLowerCase() : Number(part)
        );
      }
      return null;
    }
    function explain(version) {
      const parsed = parse(version);
      if (!parsed) {
        return parsed;
      }
      const { epoch, release, pre, post, dev, local } = parsed;
      let base_version = "";
      if (epoch !== 0) {
        base_version += epoch + "!";
      }
      base_version += release.join(".");
      const is_prerelease = Boolean(dev || pre);
      const is_devrelease = Boolean(dev);
      const is_postrelease = Boolean(post);
      return {
        epoch,
        release,
        pre,
        post: post ? post[1] : post,
        dev: dev ? dev[1] : dev,
        local: local ? local.join(".") : local,
        public: stringify(parsed).split("+", 1)[0],
        base_version,
        is_prerelease,
        is_devrelease,
        is_postrelease
      };
    }
  }
});

// node_modules/@renovatebot/pep440/lib/operator.js
var require_operator = __commonJS({
  "node_modules/@renovatebot/pep440/lib/operator.js"(exports, module) {
    var { parse } = require_version();
    module.exports = {
      compare,
      rcompare,
      lt,
      le,
      eq: eq2,
      ne,
      ge,
      gt: gt2,
      "<": lt,
      "<=": le,
      "==": eq2,
      "!=": ne,
      ">=": ge,
      ">": gt2,
      "===": arbitrary
    };
    function lt(version, other) {
      return compare(version, other) < 0;
    }
    function le(version, other) {
      return compare(version, other) <= 0;
    }
    function eq2(version, other) {
      return compare(version, other) === 0;
    }
    function ne(version, other) {
      return compare(version, other) !== 0;
    }
    function ge(version, other) {
      return compare(version, other) >= 0;
    }
    function gt2(version, other) {
      return compare(version, other) > 0;
    }
    function arbitrary(version, other) {
      return version.toLowerCase() === other.toLowerCase();
    }
    function compare(version, other) {
      const parsedVersion = parse(version);
      const parsedOther = parse(other);
      const keyVersion = calculateKey(parsedVersion);
      const keyOther = calculateKey(parsedOther);
      return pyCompare(keyVersion, keyOther);
    }
    function rcompare(version, other) {
      return -compare(version, other);
    }
    function pyCompare(elemIn, otherIn) {
      let elem = elemIn;
      let other = otherIn;
      if (elem === other) {
        return 0;
      }
      if (Array.isArray(elem) !== Array.isArray(other)) {
        elem = Array.isArray(elem) ? elem : [elem];
        other = Array.isArray(other) ? other : [other];
      }
      if (Array.isArray(elem)) {
        const len = Math.min(elem.length, other.length);
        for (let i = 0; i < len; i += 1) {
          const res = pyCompare(elem[i], other[i]);
          if (res !== 0) {
            return res;
          }
        }
        return elem.length - other.length;
      }
      if (elem === -Infinity || other === Infinity) {
        return -1;
      }
      if (elem === Infinity || other === -Infinity) {
        return 1;
      }
      return elem < other ? -1 : 1;
    }
    function calculateKey(input) {
      const { epoch } = input;
      let { release, pre, post, local, dev } = input;
      release = release.concat();
      release.reverse();
      while (release.length && release[0] === 0) {
        release.shift();
      }
      release.reverse();
      if (!pre && !post && dev) pre = -Infinity;
      else if (!pre) pre = Infinity;
      if (!post) post = -Infinity;
      if (!dev) dev = Infinity;
      if (!local) {
        local = -Infinity;
      } else {
        local = local.map(
          (i) => Number.isNaN(Number(i)) ? [-Infinity, i] : [Number(i), ""]
        );
      }
      return [epoch, release, pre, post, dev, local];
    }
  }
});

// node_modules/@renovatebot/pep440/lib/specifier.js
var require_specifier = __commonJS({
  "node_modules/@renovatebot/pep440/lib/specifier.js"(exports, module) {
    var { VERSION_PATTERN, explain: explainVersion } = require_version();
    var Operator = require_operator();
    var RANGE_PATTERN = [
      "(?<operator>(===|~=|==|!=|<=|>=|<|>))",
      "\\s*",
      "(",
      /*  */
      "(?<version>(?:" + VERSION_PATTERN.replace(/\?<\w+>/g, "?:") + "))",
      /*  */
      "(?<prefix>\\.\\*)?",
      /*  */
      "|",
      /*  */
      "(?<legacy>[^,;\\s)]+)",
      ")"
    ].join("");
    module.exports = {
      RANGE_PATTERN,
      parse,
      satisfies,
      filter,
      validRange,
      maxSatisfying,
      minSatisfying
    };
    var isEqualityOperator = (op) => ["==", "!=", "==="].includes(op);
    var rangeRegex = new RegExp("^" + RANGE_PATTERN + "$", "i");
    function parse(ranges) {
      if (!ranges.trim()) {
        return [];
      }
      const specifiers = ranges.split(",").map((range2) => rangeRegex.exec(range2.trim()) || {}).map(({ groups }) => {
        if (!groups) {
          return null;
        }
        let { ...spec } = groups;
        const { operator, version, prefix, legacy } = groups;
        if (version) {
          spec = { ...spec, ...explainVersion(version) };
          if (operator === "~=") {
            if (spec.release.length < 2) {
              return null;
            }
          }
          if (!isEqualityOperator(operator) && spec.local) {
            return null;
          }
          if (prefix) {
            if (!isEqualityOperator(operator) || spec.dev || spec.local) {
              return null;
            }
          }
        }
        if (legacy && operator !== "===") {
          return null;
        }
        return spec;
      });
      if (specifiers.filter(Boolean).length !== specifiers.length) {
        return null;
      }
      return specifiers;
    }
    function filter(versions, specifier, options = {}) {
      const filtered = pick(versions, specifier, options);
      if (filtered.length === 0 && options.prereleases === void 0) {
        return pick(versions, specifier, { prereleases: true });
      }
      return filtered;
    }
    function maxSatisfying(versions, range2, options) {
      const found = filter(versions, range2, options).sort(Operator.compare);
      return found.length === 0 ? null : found[found.length - 1];
    }
    function minSatisfying(versions, range2, options) {
      const found = filter(versions, range2, options).sort(Operator.compare);
      return found.length === 0 ? null : found[0];
    }
    function pick(versions, specifier, options) {
      const parsed = parse(specifier);
      if (!parsed) {
        return [];
      }
      return versions.filter((version) => {
        const explained = explainVersion(version);
        if (!parsed.length) {
          return explained && !(explained.is_prerelease && !options.prereleases);
        }
        return parsed.reduce((pass, spec) => {
          if (!pass) {
            return false;
          }
          return contains({ ...spec, ...options }, { version, explained });
        }, true);
      });
    }
    function satisfies(version, specifier, options = {}) {
      const filtered = pick([version], specifier, options);
      return filtered.length === 1;
    }
    function arrayStartsWith(array2, prefix) {
      if (prefix.length > array2.length) {
        return false;
      }
      for (let i = 0; i < prefix.length; i += 1) {
        if (prefix[i] !== array2[i]) {
          return false;
        }
      }
      return true;
    }
    function contains(specifier, input) {
      const { explained } = input;
      let { version } = input;
      const { ...spec } = specifier;
      if (spec.prereleases === void 0) {
        spec.prereleases = spec.is_prerelease;
      }
      if (explained && explained.is_prerelease && !spec.prereleases) {
        return false;
      }
      if (spec.operator === "~=") {
        let compatiblePrefix = spec.release.slice(0, -1).concat("*").join(".");
        if (spec.epoch) {
          compatiblePrefix = spec.epoch + "!" + compatiblePrefix;
        }
        return satisfies(version, `>=${spec.version}, ==${compatiblePrefix}`, {
          prereleases: spec.prereleases
        });
      }
      if (spec.prefix) {
        const isMatching = explained.epoch === spec.epoch && arrayStartsWith(explained.release, spec.release);
        const isEquality = spec.operator !== "!=";
        return isEquality ? isMatching : !isMatching;
      }
      if (explained) {
        if (explained.local && spec.version) {
          version = explained.public;
          spec.version = explainVersion(spec.version).public;
        }
      }
      if (spec.operator === "<" || spec.operator === ">") {
        if (Operator.eq(spec.release.join("."), explained.release.join("."))) {
          return false;
        }
      }
      const op = Operator[spec.operator];
      return op(version, spec.version || spec.legacy);
    }
    function validRange(specifier) {
      return Boolean(parse(specifier));
    }
  }
});

// node_modules/@renovatebot/pep440/lib/semantic.js
var require_semantic = __commonJS({
  "node_modules/@renovatebot/pep440/lib/semantic.js"(exports, module) {
    var { explain, parse, stringify } = require_version();
    module.exports = {
      major,
      minor,
      patch,
      inc
    };
    function major(input) {
      const version = explain(input);
      if (!version) {
        throw new TypeError("Invalid Version: " + input);
      }
      return version.release[0];
    }
    function minor(input) {
      const version = explain(input);
      if (!version) {
        throw new TypeError("Invalid Version: " + input);
      }
      if (version.release.length < 2) {
        return 0;
      }
      return version.release[1];
    }
    function patch(input) {
      const version = explain(input);
      if (!version) {
        throw new TypeError("Invalid Version: " + input);
      }
      if (version.release.length < 3) {
        return 0;
      }
      return version.release[2];
    }
    function inc(input, release, preReleaseIdentifier) {
      let identifier = preReleaseIdentifier || `a`;
      const version = parse(input);
      if (!version) {
        return null;
      }
      if (!["a", "b", "c", "rc", "alpha", "beta", "pre", "preview"].includes(
        identifier
      )) {
        return null;
      }
      switch (release) {
        case "premajor":
          {
            const [majorVersion] = version.release;
            version.release.fill(0);
            version.release[0] = majorVersion + 1;
          }
          version.pre = [identifier, 0];
          delete version.post;
          delete version.dev;
          delete version.local;
          break;
        case "preminor":
          {
            const [majorVersion, minorVersion = 0] = version.release;
            version.release.fill(0);
            version.release[0] = majorVersion;
            version.release[1] = minorVersion + 1;
          }
          version.pre = [identifier, 0];
          delete version.post;
          delete version.dev;
          delete version.local;
          break;
        case "prepatch":
          {
            const [majorVersion, minorVersion = 0, patchVersion = 0] = version.release;
            version.release.fill(0);
            version.release[0] = majorVersion;
            version.release[1] = minorVersion;
            version.release[2] = patchVersion + 1;
          }
          version.pre = [identifier, 0];
          delete version.post;
          delete version.dev;
          delete version.local;
          break;
        case "prerelease":
          if (version.pre === null) {
            const [majorVersion, minorVersion = 0, patchVersion = 0] = version.release;
            version.release.fill(0);
            version.release[0] = majorVersion;
            version.release[1] = minorVersion;
            version.release[2] = patchVersion + 1;
            version.pre = [identifier, 0];
          } else {
            if (preReleaseIdentifier === void 0 && version.pre !== null) {
              [identifier] = version.pre;
            }
            const [letter, number] = version.pre;
            if (letter === identifier) {
              version.pre = [letter, number + 1];
            } else {
              version.pre = [identifier, 0];
            }
          }
          delete version.post;
          delete version.dev;
          delete version.local;
          break;
        case "major":
          if (version.release.slice(1).some((value) => value !== 0) || version.pre === null) {
            const [majorVersion] = version.release;
            version.release.fill(0);
            version.release[0] = majorVersion + 1;
          }
          delete version.pre;
          delete version.post;
          delete version.dev;
          delete version.local;
          break;
        case "minor":
          if (version.release.slice(2).some((value) => value !== 0) || version.pre === null) {
            const [majorVersion, minorVersion = 0] = version.release;
            version.release.fill(0);
            version.release[0] = majorVersion;
            version.release[1] = minorVersion + 1;
          }
          delete version.pre;
          delete version.post;
          delete version.dev;
          delete version.local;
          break;
        case "patch":
          if (version.release.slice(3).some((value) => value !== 0) || version.pre === null) {
            const [majorVersion, minorVersion = 0, patchVersion = 0] = version.release;
            version.release.fill(0);
            version.release[0] = majorVersion;
            version.release[1] = minorVersion;
            version.release[2] = patchVersion + 1;
          }
          delete version.pre;
          delete version.post;
          delete version.dev;
          delete version.local;
          break;
        default:
          return null;
      }
      return stringify(version);
    }
  }
});

// node_modules/@renovatebot/pep440/index.js
var require_pep440 = __commonJS({
  "node_modules/@renovatebot/pep440/index.js"(exports, module) {
    var { valid: valid2, clean, explain, parse } = require_version();
    var { lt, le, eq: eq2, ne, ge, gt: gt2, compare, rcompare } = require_operator();
    var {
      filter,
      maxSatisfying,
      minSatisfying,
      RANGE_PATTERN,
      satisfies,
      validRange
    } = require_specifier();
    var { major, minor, patch, inc } = require_semantic();
    module.exports = {
      // version
      valid: valid2,
      clean,
      explain,
      parse,
      // operator
      lt,
      le,
      lte: le,
      eq: eq2,
      ne,
      neq: ne,
      ge,
      gte: ge,
      gt: gt2,
      compare,
      rcompare,
      // range
      filter,
      maxSatisfying,
      minSatisfying,
      RANGE_PATTERN,
      satisfies,
      validRange,
      // semantic
      major,
      minor,
      patch,
      inc
    };
  }
});

// node_modules/@renovatebot/ruby-semver/dist/ruby/version.js
var require_version2 = __commonJS({
  "node_modules/@renovatebot/ruby-semver/dist/ruby/version.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.create = exports.Version = void 0;
    var copystr = (x) => (" " + x).slice(1);
    var Version = class _Version {
      //   VERSION_PATTERN =     '[0-9]+(?>\.[0-9a-zA-Z]+)*(-[0-9A-Za-z-]+(\.[0-9A-Za-z-]+)*)?'.freeze # :nodoc:
      //   ANCHORED_VERSION_PATTERN =                /\A\s*(#{VERSION_PATTERN})?\s*\z/.freeze # :nodoc:
      static ANCHORED_VERSION_PATTERN = /^\s*([0-9]+(\.[0-9a-zA-Z]+)*(-[0-9A-Za-z-]+(\.[0-9A-Za-z-]+)*)?)?\s*$/;
      _version;
      //   ##
      //   # A string representation of this Version.
      //
      //   def version
      //     @version.dup
      //   end
      version() {
        return this._version;
      }
      //   alias to_s version
      toString() {
        return this.version();
      }
      //   ##
      //   # True if the +version+ string matches RubyGems' requirements.
      //
      //   def self.correct?(version)
      //     unless Gem::Deprecate.skip
      //       warn "nil versions are discouraged and will be deprecated in Rubygems 4" if version.nil?
      //     end
      //
      //     !!(version.to_s =~ ANCHORED_VERSION_PATTERN)
      //   end
      static isCorrect(version) {
        let versionStr;
        try {
          versionStr = copystr(version.toString());
        } catch {
          return false;
        }
        return _Version.ANCHORED_VERSION_PATTERN.test(versionStr);
      }
      //   ##
      //   # Factory method to create a Version object. Input may be a Version
      //   # or a String. Intended to simplify client code.
      //   #
      //   #   ver1 = Version.create('1.3.17')   # -> (Version object)
      //   #   ver2 = Version.create(ver1)       # -> (ver1)
      //   #   ver3 = Version.create(nil)        # -> nil
      //
      //   def self.create(input)
      //     if self === input  # check yourself before you wreck yourself
      //       input
      //     elsif input.nil?
      //       nil
      //     else
      //       new input
      //     end
      //   end
      static create(input) {
        if (input instanceof _Version)
          return input;
        if (input === null)
          return null;
        try {
          return new _Version(input);
        } catch {
          return null;
        }
      }
      //   @@all = {}
      //
      //   def self.new(version) # :nodoc:
      //     return super unless Gem::Version == self
      //
      //     @@all[version] ||= super
      //   end
      //
      //   ##
      //   # Constructs a Version from the +version+ string.  A version string is a
      //   # series of digits or ASCII letters separated by dots.
      //
      //   def initialize(version)
      //     unless self.class.correct?(version)
      //       raise ArgumentError, "Malformed version number string #{version}"
      //     end
      //
      //     # If version is an empty string convert it to 0
      //     version = 0 if version.is_a?(String) && version =~ /\A\s*\Z/
      //
      //     @version = version.to_s.strip.gsub("-",".pre.")
      //     @segments = nil
      //   end
      constructor(version) {
        if (!_Version.isCorrect(version)) {
          throw new Error(`Malformed version number string ${version}`);
        }
        let versionStr = copystr(version.toString());
        if (/^\s*$/.test(versionStr)) {
          versionStr = "0";
        }
        this._version = versionStr.trim().replace(/-/g, ".pre.");
      }
      //   ##
      //   # Return a new version object where the next to the last revision
      //   # number is one greater (e.g., 5.3.1 => 5.4).
      //   #
      //   # Pre-release (alpha) parts, e.g, 5.3.1.b.2 => 5.4, are ignored.
      //
      //   def bump
      //     @bump ||= begin
      //                 segments = self.segments
      //                 segments.pop while segments.any? { |s| String === s }
      //                 segments.pop if segments.size > 1
      //
      //                 segments[-1] = segments[-1].succ
      //                 self.class.new segments.join(".")
      //               end
      //   end
      bump() {
        const segments = this.getSegments();
        while (segments.findIndex((x) => typeof x === "string") !== -1)
          segments.pop();
        let lastIdx = segments.length - 2;
        if (lastIdx >= 0) {
          segments.pop();
        } else {
          lastIdx = 0;
        }
        segments[lastIdx] = segments[lastIdx] + 1;
        return new _Version(segments.join("."));
      }
      //   ##
      //   # A Version is only eql? to another version if it's specified to the
      //   # same precision. Version "1.0" is not the same as version "1".
      //
      //   def eql?(other)
      //     self.class === other and @version == other._version
      //   end
      strictEql(other) {
        return other.version() === this._version;
      }
      //
      //   def hash # :nodoc:
      //     canonical_segments.hash
      //   end
      //
      //   def init_with(coder) # :nodoc:
      //     yaml_initialize coder.tag, coder.map
      //   end
      //
      //   def inspect # :nodoc:
      //     "#<#{self.class} #{version.inspect}>"
      //   end
      //
      //   ##
      //   # Dump only the raw version string, not the complete object. It's a
      //   # string for backwards (RubyGems 1.3.5 and earlier) compatibility.
      //
      //   def marshal_dump
      //     [version]
      //   end
      //
      //   ##
      //   # Load custom marshal format. It's a string for backwards (RubyGems
      //   # 1.3.5 and earlier) compatibility.
      //
      //   def marshal_load(array)
      //     initialize array[0]
      //   end
      //
      //   def yaml_initialize(tag, map) # :nodoc:
      //     @version = map['version']
      //     @segments = nil
      //     @hash = nil
      //   end
      //
      //   def to_yaml_properties # :nodoc:
      //     ["@version"]
      //   end
      //
      //   def encode_with(coder) # :nodoc:
      //     coder.add 'version', @version
      //   end
      //
      //   ##
      //   # A version is considered a prerelease if it contains a letter.
      //
      //   def prerelease?
      //     unless instance_variable_defined? :@prerelease
      //       @prerelease = !!(@version =~ /[a-zA-Z]/)
      //     end
      //     @prerelease
      //   end
      isPrerelease() {
        return /[a-zA-Z]/.test(this._version);
      }
      //   def pretty_print(q) # :nodoc:
      //     q.text "Gem::Version.new(#{version.inspect})"
      //   end
      //
      //   ##
      //   # The release for this version (e.g. 1.2.0.a -> 1.2.0).
      //   # Non-prerelease versions return themselves.
      //   def release
      //     @release ||= if prerelease?
      //                    segments = self.segments
      //                    segments.pop while segments.any? { |s| String === s }
      //                    self.class.new segments.join('.')
      //                  else
      //                    self
      //                  end
      //   end
      release() {
        if (this.isPrerelease()) {
          const segments = this.getSegments();
          while (segments.findIndex((x) => typeof x === "string") !== -1)
            segments.pop();
          return new _Version(segments.join("."));
        }
        return this;
      }
      //   def segments # :nodoc:
      //     _segments.dup
      //   end
      //
      //   ##
      //   # A recommended version for use with a ~> Requirement.
      //
      //   def approximate_recommendation
      //     segments = self.segments
      //
      //     segments.pop    while segments.any? { |s| String === s }
      //     segments.pop    while segments.size > 2
      //     segments.push 0 while segments.size < 2
      //
      //     recommendation = "~> #{segments.join(".")}"
      //     recommendation += ".a" if prerelease?
      //     recommendation
      //   end
      approximateRecommendation() {
        const segments = this.getSegments();
        while (segments.findIndex((x) => typeof x === "string") !== -1)
          segments.pop();
        while (segments.length > 2)
          segments.pop();
        while (segments.length < 2)
          segments.push(0);
        let recommendation = `~> ${segments.join(".")}`;
        if (this.isPrerelease())
          recommendation += ".a";
        return recommendation;
      }
      //   ##
      //   # Compares this version with +other+ returning -1, 0, or 1 if the
      //   # other version is larger, the same, or smaller than this
      //   # one. Attempts to compare to something that's not a
      //   # <tt>Gem::Version</tt> return +nil+.
      //
      //   def <=>(other)
      //     return unless Gem::Version === other
      //     return 0 if @version == other._version || canonical_segments == other.canonical_segments
      //
      //     lhsegments = canonical_segments
      //     rhsegments = other.canonical_segments
      //
      //     lhsize = lhsegments.size
      //     rhsize = rhsegments.size
      //     limit  = (lhsize > rhsize ? lhsize : rhsize) - 1
      //
      //     i = 0
      //
      //     while i <= limit
      //       lhs, rhs = lhsegments[i] || 0, rhsegments[i] || 0
      //       i += 1
      //
      //       next      if lhs == rhs
      //       return -1 if String  === lhs && Numeric === rhs
      //       return  1 if Numeric === lhs && String  === rhs
      //
      //       return lhs <=> rhs
      //     end
      //
      //     return 0
      //   end
      compare(other) {
        if (other === null)
          return null;
        const segEq = (x, y) => {
          if (x.length !== y.length)
            return false;
          for (let idx = 0; idx < x.length; idx += 1) {
            if (x[idx] !== y[idx])
              return false;
          }
          return true;
        };
        if (this._version === other._version || segEq(this.canonicalSegments(), other.canonicalSegments())) {
          return 0;
        }
        const lhsegments = this.canonicalSegments();
        const rhsegments = other.canonicalSegments();
        const lhsize = lhsegments.length;
        const rhsize = rhsegments.length;
        const limit = (lhsize > rhsize ? lhsize : rhsize) - 1;
        let i = 0;
        while (i <= limit) {
          let lhs = lhsegments[i] || 0;
          let rhs = rhsegments[i] || 0;
          i += 1;
          if (lhs === rhs)
            continue;
          const isLeftStr = typeof lhs === "string";
          const isRightStr = typeof rhs === "string";
          if (isLeftStr && !isRightStr)
            return -1;
          if (!isLeftStr && isRightStr)
            return 1;
          lhs = lhs.toString();
          rhs = rhs.toString();
          return lhs.localeCompare(rhs, void 0, { numeric: true });
        }
        return 0;
      }
      //   def canonical_segments
      //     @canonical_segments ||=
      //       _split_segments.map! do |segments|
      //         segments.reverse_each.drop_while {|s| s == 0 }.reverse
      //       end.reduce(&:concat)
      //   end
      canonicalSegments() {
        const canonicals = this.splitSegments().map((segments) => {
          const segmentsReverse = segments.reverse();
          const sliceIdx = segmentsReverse.findIndex((s) => s !== 0);
          return segmentsReverse.slice(sliceIdx).reverse();
        });
        return Array.prototype.concat.apply([], canonicals);
      }
      //
      //   protected
      //
      //   def _version
      //     @version
      //   end
      //   def _segments
      //     # segments is lazy so it can pick up version values that come from
      //     # old marshaled versions, which don't go through marshal_load.
      //     # since this version object is cached in @@all, its @segments should be frozen
      //
      //     @segments ||= @version.scan(/[0-9]+|[a-z]+/i).map do |s|
      //       /^\d+$/ =~ s ? s.to_i : s
      //     end.freeze
      //   end
      getSegments() {
        return this._version.match(/[0-9]+|[a-z]+/gi).map((s) => /^\d+$/.test(s) ? parseInt(s, 10) : copystr(s));
      }
      //   def _split_segments
      //     string_start = _segments.index {|s| s.is_a?(String) }
      //     string_segments = segments
      //     numeric_segments = string_segments.slice!(0, string_start || string_segments.size)
      //     return numeric_segments, string_segments
      //   end
      splitSegments() {
        let stringStart = this.getSegments().findIndex((x) => typeof x === "string");
        stringStart = stringStart === -1 ? null : stringStart;
        const stringSegments = this.getSegments();
        const numericSegments = stringSegments.splice(0, stringStart || stringSegments.length);
        return [numericSegments, stringSegments];
      }
    };
    exports.Version = Version;
    var create = (val) => Version.create(val);
    exports.create = create;
  }
});

// node_modules/@renovatebot/ruby-semver/dist/ruby/requirement.js
var require_requirement = __commonJS({
  "node_modules/@renovatebot/ruby-semver/dist/ruby/requirement.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.parse = exports.Requirement = void 0;
    var version_1 = require_version2();
    var defaultEql = (x, y) => x === y;
    function uniq(array2, eql = defaultEql) {
      return array2.filter((x, idx, arr) => arr.findIndex((y) => eql(x, y)) === idx);
    }
    function reqsEql(xReqs, yReqs, eql) {
      if (xReqs.length !== yReqs.length)
        return false;
      for (let idx = 0; idx < xReqs.length; idx += 1) {
        if (!eql(xReqs[idx], yReqs[idx]))
          return false;
      }
      return true;
    }
    var copystr = (x) => (" " + x).slice(1);
    var Requirement = class _Requirement {
      _requirements;
      //   OPS = { #:nodoc:
      //     "="  =>  lambda { |v, r| v == r },
      //     "!=" =>  lambda { |v, r| v != r },
      //     ">"  =>  lambda { |v, r| v >  r },
      //     "<"  =>  lambda { |v, r| v <  r },
      //     ">=" =>  lambda { |v, r| v >= r },
      //     "<=" =>  lambda { |v, r| v <= r },
      //     "~>" =>  lambda { |v, r| v >= r && v.release < r.bump }
      //   }.freeze
      //
      //   SOURCE_SET_REQUIREMENT = Struct.new(:for_lockfile).new "!" # :nodoc:
      //
      //   quoted = OPS.keys.map { |k| Regexp.quote k }.join "|"
      //   PATTERN_RAW = "\\s*(#{quoted})?\\s*(#{Gem::Version::VERSION_PATTERN})\\s*".freeze # :nodoc:
      //   ##
      //   # A regular expression that matches a requirement
      //
      //   PATTERN = /\A#{PATTERN_RAW}\z/.freeze
      static PATTERN = /^\s*(=|!=|>|<|>=|<=|~>)?\s*([0-9]+(\.[0-9a-zA-Z]+)*(-[0-9A-Za-z-]+(\.[0-9A-Za-z-]+)*)?)\s*$/;
      //   ##
      //   # The default requirement matches any non-prerelease version
      //   DefaultRequirement = [">=", Gem::Version.new(0)].freeze
      static DEFAULT_REQUIREMENT = [">=", new version_1.Version("0")];
      //   ##
      //   # The default requirement matches any version
      //
      //   DefaultPrereleaseRequirement = [">=", Gem::Version.new("0.a")].freeze
      // static DEFAULT_PRERELEASE_REQUIREMENT: ParsedRequirement = [
      //   '>=',
      //   new Version('0.a'),
      // ];
      //   ##
      //   # Raised when a bad requirement is encountered
      //
      //   class BadRequirementError < ArgumentError; end
      //   ##
      //   # Factory method to create a Gem::Requirement object.  Input may be
      //   # a Version, a String, or nil.  Intended to simplify client code.
      //   #
      //   # If the input is "weird", the default version requirement is
      //   # returned.
      //
      //   def self.create(*inputs)
      //     return new inputs if inputs.length > 1
      //
      //     input = inputs.shift
      //
      //     case input
      //     when Gem::Requirement then
      //       input
      //     when Gem::Version, Array then
      //       new input
      //     when '!' then
      //       source_set
      //     else
      //       if input.respond_to? :to_str
      //         new [input.to_str]
      //       else
      //         default
      //       end
      //     end
      //   end
      static create(...inputs) {
        if (inputs.length > 1)
          return new _Requirement(...inputs);
        const input = inputs.shift();
        if (input instanceof _Requirement)
          return input;
        if (input instanceof Array)
          return new _Requirement(...input);
        if (input instanceof version_1.Version)
          return new _Requirement(input);
        try {
          return new _Requirement(copystr(input.toString()));
        } catch {
          return _Requirement.default();
        }
      }
      //   def self.default
      //     new '>= 0'
      //   end
      static default() {
        return new _Requirement(">= 0");
      }
      //   def self.default_prerelease
      //     new '>= 0.a'
      //   end
      //
      //   ###
      //   # A source set requirement, used for Gemfiles and lockfiles
      //
      //   def self.source_set # :nodoc:
      //     SOURCE_SET_REQUIREMENT
      //   end
      //   ##
      //   # Parse +obj+, returning an <tt>[op, version]</tt> pair. +obj+ can
      //   # be a String or a Gem::Version.
      //   #
      //   # If +obj+ is a String, it can be either a full requirement
      //   # specification, like <tt>">= 1.2"</tt>, or a simple version number,
      //   # like <tt>"1.2"</tt>.
      //   #
      //   #     parse("> 1.0")                 # => [">", Gem::Version.new("1.0")]
      //   #     parse("1.0")                   # => ["=", Gem::Version.new("1.0")]
      //   #     parse(Gem::Version.new("1.0")) # => ["=,  Gem::Version.new("1.0")]
      //
      //   def self.parse(obj)
      //     return ["=", obj] if Gem::Version === obj
      //
      //     unless PATTERN =~ obj.to_s
      //       raise BadRequirementError, "Illformed requirement [#{obj.inspect}]"
      //     end
      //
      //     if $1 == ">=" && $2 == "0"
      //       DefaultRequirement
      //     elsif $1 == ">=" && $2 == "0.a"
      //       DefaultPrereleaseRequirement
      //     else
      //       [$1 || "=", Gem::Version.new($2)]
      //     end
      //   end
      static parse(obj) {
        const err = () => {
          throw new Error(`Illformed requirement [${obj}]`);
        };
        if (obj instanceof version_1.Version)
          return ["=", obj];
        let objStr;
        try {
          objStr = copystr(obj.toString());
        } catch {
          err();
        }
        const match = objStr.match(_Requirement.PATTERN);
        if (!match)
          err();
        const [, $1, $2] = match;
        return [$1 || "=", new version_1.Version($2)];
      }
      //   ##
      //   # An array of requirement pairs. The first element of the pair is
      //   # the op, and the second is the Gem::Version.
      //
      //   attr_reader :requirements #:nodoc:
      //   ##
      //   # Constructs a requirement from +requirements+. Requirements can be
      //   # Strings, Gem::Versions, or Arrays of those. +nil+ and duplicate
      //   # requirements are ignored. An empty set of +requirements+ is the
      //   # same as <tt>">= 0"</tt>.
      //
      //   def initialize(*requirements)
      //     requirements = requirements.flatten
      //     requirements.compact!
      //     requirements.uniq!
      //
      //     if requirements.empty?
      //       @requirements = [DefaultRequirement]
      //     else
      //       @requirements = requirements.map! { |r| self.class.parse r }
      //     end
      //   end
      constructor(...requirements) {
        const flattened = requirements.flat();
        const compacted = flattened.filter((x) => x !== null);
        const unique = uniq(compacted);
        if (unique.length === 0) {
          this._requirements = [_Requirement.DEFAULT_REQUIREMENT];
        } else {
          this._requirements = unique.map((r) => _Requirement.parse(r));
        }
      }
      //   ##
      //   # Concatenates the +new+ requirements onto this requirement.
      //
      //   def concat(new)
      //     new = new.flatten
      //     new.compact!
      //     new.uniq!
      //     new = new.map { |r| self.class.parse r }
      //
      //     @requirements.concat new
      //   end
      concat(newReqs) {
        const flattened = newReqs.flat();
        const compacted = flattened.filter((x) => x !== null);
        const unique = uniq(compacted);
        const parsed = unique.map((x) => _Requirement.parse(x));
        parsed.forEach((x) => this._requirements.push(x));
      }
      //
      //   ##
      //   # Formats this requirement for use in a Gem::RequestSet::Lockfile.
      //
      //   def for_lockfile # :nodoc:
      //     return if [DefaultRequirement] == @requirements
      //
      //     list = requirements.sort_by do |_, version|
      //       version
      //     end.map do |op, version|
      //       "#{op} #{version}"
      //     end.uniq
      //
      //     " (#{list.join ', '})"
      //   end
      //   ##
      //   # true if this gem has no requirements.
      //
      //   def none?
      //     if @requirements.size == 1
      //       @requirements[0] == DefaultRequirement
      //     else
      //       false
      //     end
      //   end
      isNone() {
        if (this._requirements.length === 1) {
          const [op, v] = this._requirements[0];
          return op === _Requirement.DEFAULT_REQUIREMENT[0] && v.compare(_Requirement.DEFAULT_REQUIREMENT[1]) === 0;
        }
        return false;
      }
      //   ##
      //   # true if the requirement is for only an exact version
      //
      //   def exact?
      //     return false unless @requirements.size == 1
      //     @requirements[0][0] == "="
      //   end
      //
      //   def as_list # :nodoc:
      //     requirements.map { |op, version| "#{op} #{version}" }
      //   end
      //
      //   def hash # :nodoc:
      //     requirements.sort.hash
      //   end
      //
      //   def marshal_dump # :nodoc:
      //     fix_syck_default_key_in_requirements
      //
      //     [@requirements]
      //   end
      //
      //   def marshal_load(array) # :nodoc:
      //     @requirements = array[0]
      //
      //     fix_syck_default_key_in_requirements
      //   end
      //
      //   def yaml_initialize(tag, vals) # :nodoc:
      //     vals.each do |ivar, val|
      //       instance_variable_set "@#{ivar}", val
      //     end
      //
      //     Gem.load_yaml
      //     fix_syck_default_key_in_requirements
      //   end
      //
      //   def init_with(coder) # :nodoc:
      //     yaml_initialize coder.tag, coder.map
      //   end
      //
      //   def to_yaml_properties # :nodoc:
      //     ["@requirements"]
      //   end
      //
      //   def encode_with(coder) # :nodoc:
      //     coder.add 'requirements', @requirements
      //   end
      //
      //   ##
      //   # A requirement is a prerelease if any of the versions inside of it
      //   # are prereleases
      //   def prerelease?
      //     requirements.any? { |r| r.last.prerelease? }
      //   end
      isPrerelease() {
        return this._requirements.some(([, ver]) => ver.isPrerelease());
      }
      //   def pretty_print(q) # :nodoc:
      //     q.group 1, 'Gem::Requirement.new(', ')' do
      //       q.pp as_list
      //     end
      //   end
      //   ##
      //   # True if +version+ satisfies this Requirement.
      //
      //   def satisfied_by?(version)
      //     raise ArgumentError, "Need a Gem::Version: #{version.inspect}" unless
      //       Gem::Version === version
      //     # #28965: syck has a bug with unquoted '=' YAML.loading as YAML::DefaultKey
      //     requirements.all? { |op, rv| (OPS[op] || OPS["="]).call version, rv }
      //   end
      isSatisfiedBy(v) {
        return this._requirements.every(([op, r]) => {
          switch (op) {
            case "=":
              return v.compare(r) === 0;
            case "!=":
              return v.compare(r) !== 0;
            case ">":
              return v.compare(r) === 1;
            case "<":
              return v.compare(r) === -1;
            case ">=":
              return v.compare(r) !== -1;
            case "<=":
              return v.compare(r) !== 1;
            case "~>":
              return v.compare(r) !== -1 && v.release().compare(r.bump()) === -1;
            /* c8 ignore next 2 */
            default:
              return false;
          }
        });
      }
      //   alias :=== :satisfied_by?
      //   alias :=~ :satisfied_by?
      //   ##
      //   # True if the requirement will not always match the latest version.
      //
      //   def specific?
      //     return true if @requirements.length > 1 # GIGO, > 1, > 2 is silly
      //
      //     not %w[> >=].include? @requirements.first.first # grab the operator
      //   end
      isSpecific() {
        if (this._requirements.length > 1)
          return true;
        const firstOp = this._requirements[0][0];
        return !(firstOp === ">" || firstOp === ">=");
      }
      //   def to_s # :nodoc:
      //     as_list.join ", "
      //   end
      //   def ==(other) # :nodoc:
      //     return unless Gem::Requirement === other
      //
      //     # An == check is always necessary
      //     return false unless requirements == other.requirements
      //
      //     # An == check is sufficient unless any requirements use ~>
      //     return true unless _tilde_requirements.any?
      //
      //     # If any requirements use ~> we use the stricter `#eql?` that also checks
      //     # that version precision is the same
      //     _tilde_requirements.eql?(other._tilde_requirements)
      //   end
      eql(other) {
        if (!reqsEql(this._requirements, other._requirements, ([xOp, xVer], [yOp, yVer]) => xOp === yOp && xVer.compare(yVer) === 0)) {
          return false;
        }
        const tildeReqs = this._tildeRequirements();
        if (tildeReqs.length === 0)
          return true;
        return reqsEql(tildeReqs, other._tildeRequirements(), ([, xVer], [, yVer]) => xVer.strictEql(yVer));
      }
      //   protected
      //
      //   def _tilde_requirements
      //     requirements.select { |r| r.first == "~>" }
      //   end
      _tildeRequirements() {
        return this._requirements.filter(([op]) => op === "~>");
      }
    };
    exports.Requirement = Requirement;
    var parse = (obj) => Requirement.parse(obj);
    exports.parse = parse;
  }
});

// node_modules/@renovatebot/ruby-semver/dist/index.js
var require_dist = __commonJS({
  "node_modules/@renovatebot/ruby-semver/dist/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.eq = eq2;
    exports.gt = gt2;
    exports.gte = gte;
    exports.lt = lt;
    exports.lte = lte;
    exports.valid = valid2;
    exports.satisfies = satisfies;
    exports.maxSatisfying = maxSatisfying;
    exports.minSatisfying = minSatisfying;
    exports.major = major;
    exports.minor = minor;
    exports.patch = patch;
    exports.prerelease = prerelease;
    var version_1 = require_version2();
    var requirement_1 = require_requirement();
    function eq2(v1, v2) {
      const x = version_1.Version.create(v1);
      const y = version_1.Version.create(v2);
      return x.compare(y) === 0;
    }
    function gt2(v1, v2) {
      const x = version_1.Version.create(v1);
      const y = version_1.Version.create(v2);
      return x.compare(y) === 1;
    }
    function gte(v1, v2) {
      const x = version_1.Version.create(v1);
      const y = version_1.Version.create(v2);
      return x.compare(y) !== -1;
    }
    function lt(v1, v2) {
      const x = version_1.Version.create(v1);
      const y = version_1.Version.create(v2);
      return x.compare(y) === -1;
    }
    function lte(v1, v2) {
      const x = version_1.Version.create(v1);
      const y = version_1.Version.create(v2);
      return x.compare(y) !== 1;
    }
    function valid2(version) {
      if (!version)
        return null;
      return version_1.Version.isCorrect(version) ? version : null;
    }
    function satisfies(version, range2) {
      try {
        const v = new version_1.Version(version);
        const r = new requirement_1.Requirement(...range2.split(/\s*,\s*/));
        return r.isSatisfiedBy(v);
      } catch {
        return false;
      }
    }
    function maxSatisfying(versions, range2) {
      return versions.reduce((x, y) => {
        const isValid = satisfies(y, range2);
        if (isValid && (!x || lt(x, y)))
          return y;
        return x;
      }, null);
    }
    function minSatisfying(versions, range2) {
      return versions.reduce((x, y) => {
        const isValid = satisfies(y, range2);
        if (isValid && (!x || gt2(x, y)))
          return y;
        return x;
      }, null);
    }
    function major(v) {
      if (!v)
        return null;
      const version = version_1.Version.create(v);
      if (!version)
        return null;
      const [segments] = version.splitSegments();
      const [x] = segments;
      return x;
    }
    function minor(v) {
      if (!v)
        return null;
      const version = version_1.Version.create(v);
      if (!version)
        return null;
      const [segments] = version.splitSegments();
      const [, x] = segments;
      return typeof x === "number" ? x : null;
    }
    function patch(v) {
      if (!v)
        return null;
      const version = version_1.Version.create(v);
      if (!version)
        return null;
      const [segments] = version.splitSegments();
      const [, , x] = segments;
      return typeof x === "number" ? x : null;
    }
    function prerelease(v) {
      if (!v)
        return null;
      const version = version_1.Version.create(v);
      if (!version)
        return null;
      const [, segments] = version.splitSegments();
      return segments.length ? segments.map((x) => x.toString()) : null;
    }
  }
});

// node_modules/semver/internal/constants.js
var require_constants = __commonJS({
  "node_modules/semver/internal/constants.js"(exports, module) {
    "use strict";
    var SEMVER_SPEC_VERSION = "2.0.0";
    var MAX_LENGTH = 256;
    var MAX_SAFE_INTEGER = Number.MAX_SAFE_INTEGER || /* istanbul ignore next */
    9007199254740991;
    var MAX_SAFE_COMPONENT_LENGTH = 16;
    var MAX_SAFE_BUILD_LENGTH = MAX_LENGTH - 6;
    var WHITESPACE_CHARACTERS = [
      "	",
      "\n",
      "\v",
      "\f",
      "\r",
      " ",
      "\xA0",
      "\u1680",
      "\u2000",
      "\u2001",
      "\u2002",
      "\u2003",
      "\u2004",
      "\u2005",
      "\u2006",
      "\u2007",
      "\u2008",
      "\u2009",
      "\u200A",
      "\u2028",
      "\u2029",
      "\u202F",
      "\u205F",
      "\u3000",
      "\uFEFF"
    ];
    var RELEASE_TYPES = [
      "major",
      "premajor",
      "minor",
      "preminor",
      "patch",
      "prepatch",
      "prerelease"
    ];
    module.exports = {
      MAX_LENGTH,
      MAX_SAFE_COMPONENT_LENGTH,
      MAX_SAFE_BUILD_LENGTH,
      MAX_SAFE_INTEGER,
      WHITESPACE_CHARACTERS,
      RELEASE_TYPES,
      SEMVER_SPEC_VERSION,
      FLAG_INCLUDE_PRERELEASE: 1,
      FLAG_LOOSE: 2
    };
  }
});

// node_modules/semver/internal/debug.js
var require_debug = __commonJS({
  "node_modules/semver/internal/debug.js"(exports, module) {
    "use strict";
    var debug = typeof process === "object" && process.env && process.env.NODE_DEBUG && /\bsemver\b/i.test(process.env.NODE_DEBUG) ? (...args) => console.error("SEMVER", ...args) : () => {
    };
    module.exports = debug;
  }
});

// node_modules/semver/internal/re.js
var require_re = __commonJS({
  "node_modules/semver/internal/re.js"(exports, module) {
    "use strict";
    var {
      MAX_SAFE_COMPONENT_LENGTH,
      MAX_SAFE_BUILD_LENGTH,
      MAX_LENGTH
    } = require_constants();
    var debug = require_debug();
    exports = module.exports = {};
    var re = exports.re = [];
    var safeRe = exports.safeRe = [];
    var src = exports.src = [];
    var safeSrc = exports.safeSrc = [];
    var t = exports.t = {};
    var R = 0;
    var LETTERDASHNUMBER = "[a-zA-Z0-9-]";
    var safeRegexReplacements = [
      ["\\s", 1],
      ["\\d", MAX_LENGTH],
      [LETTERDASHNUMBER, MAX_SAFE_BUILD_LENGTH]
    ];
    var makeSafeRegex = (value) => {
      for (const [token, max] of safeRegexReplacements) {
        value = value.split(`${token}*`).join(`${token}{0,${max}}`).split(`${token}+`).join(`${token}{1,${max}}`);
      }
      return value;
    };
    var createToken = (name, value, isGlobal) => {
      const safe = makeSafeRegex(value);
      const index = R++;
      debug(name, index, value);
      t[name] = index;
      src[index] = value;
      safeSrc[index] = safe;
      re[index] = new RegExp(value, isGlobal ? "g" : void 0);
      safeRe[index] = new RegExp(safe, isGlobal ? "g" : void 0);
    };
    createToken("NUMERICIDENTIFIER", "0|[1-9]\\d*");
    createToken("NUMERICIDENTIFIERLOOSE", "\\d+");
    createToken("NONNUMERICIDENTIFIER", `\\d*[a-zA-Z-]${LETTERDASHNUMBER}*`);
    createToken("MAINVERSION", `(${src[t.NUMERICIDENTIFIER]})\\.(${src[t.NUMERICIDENTIFIER]})\\.(${src[t.NUMERICIDENTIFIER]})`);
    createToken("MAINVERSIONLOOSE", `(${src[t.NUMERICIDENTIFIERLOOSE]})\\.(${src[t.NUMERICIDENTIFIERLOOSE]})\\.(${src[t.NUMERICIDENTIFIERLOOSE]})`);
    createToken("PRERELEASEIDENTIFIER", `(?:${src[t.NONNUMERICIDENTIFIER]}|${src[t.NUMERICIDENTIFIER]})`);
    createToken("PRERELEASEIDENTIFIERLOOSE", `(?:${src[t.NONNUMERICIDENTIFIER]}|${src[t.NUMERICIDENTIFIERLOOSE]})`);
    createToken("PRERELEASE", `(?:-(${src[t.PRERELEASEIDENTIFIER]}(?:\\.${src[t.PRERELEASEIDENTIFIER]})*))`);
    createToken("PRERELEASELOOSE", `(?:-?(${src[t.PRERELEASEIDENTIFIERLOOSE]}(?:\\.${src[t.PRERELEASEIDENTIFIERLOOSE]})*))`);
    createToken("BUILDIDENTIFIER", `${LETTERDASHNUMBER}+`);
    createToken("BUILD", `(?:\\+(${src[t.BUILDIDENTIFIER]}(?:\\.${src[t.BUILDIDENTIFIER]})*))`);
    createToken("FULLPLAIN", `v?${src[t.MAINVERSION]}${src[t.PRERELEASE]}?${src[t.BUILD]}?`);
    createToken("FULL", `^${src[t.FULLPLAIN]}$`);
    createToken("LOOSEPLAIN", `[v=\\s]*${src[t.MAINVERSIONLOOSE]}${src[t.PRERELEASELOOSE]}?${src[t.BUILD]}?`);
    createToken("LOOSE", `^${src[t.LOOSEPLAIN]}$`);
    createToken("GTLT", "((?:<|>)?=?)");
    createToken("XRANGEIDENTIFIERLOOSE", `${src[t.NUMERICIDENTIFIERLOOSE]}|x|X|\\*`);
    createToken("XRANGEIDENTIFIER", `${src[t.NUMERICIDENTIFIER]}|x|X|\\*`);
    createToken("XRANGEPLAIN", `[v=\\s]*(${src[t.XRANGEIDENTIFIER]})(?:\\.(${src[t.XRANGEIDENTIFIER]})(?:\\.(${src[t.XRANGEIDENTIFIER]})(?:${src[t.PRERELEASE]})?${src[t.BUILD]}?)?)?`);
    createToken("XRANGEPLAINLOOSE", `[v=\\s]*(${src[t.XRANGEIDENTIFIERLOOSE]})(?:\\.(${src[t.XRANGEIDENTIFIERLOOSE]})(?:\\.(${src[t.XRANGEIDENTIFIERLOOSE]})(?:${src[t.PRERELEASELOOSE]})?${src[t.BUILD]}?)?)?`);
    createToken("XRANGE", `^${src[t.GTLT]}\\s*${src[t.XRANGEPLAIN]}$`);
    createToken("XRANGELOOSE", `^${src[t.GTLT]}\\s*${src[t.XRANGEPLAINLOOSE]}$`);
    createToken("COERCEPLAIN", `${"(^|[^\\d])(\\d{1,"}${MAX_SAFE_COMPONENT_LENGTH}})(?:\\.(\\d{1,${MAX_SAFE_COMPONENT_LENGTH}}))?(?:\\.(\\d{1,${MAX_SAFE_COMPONENT_LENGTH}}))?`);
    createToken("COERCE", `${src[t.COERCEPLAIN]}(?:$|[^\\d])`);
    createToken("COERCEFULL", src[t.COERCEPLAIN] + `(?:${src[t.PRERELEASE]})?(?:${src[t.BUILD]})?(?:$|[^\\d])`);
    createToken("COERCERTL", src[t.COERCE], true);
    createToken("COERCERTLFULL", src[t.COERCEFULL], true);
    createToken("LONETILDE", "(?:~>?)");
    createToken("TILDETRIM", `(\\s*)${src[t.LONETILDE]}\\s+`, true);
    exports.tildeTrimReplace = "$1~";
    createToken("TILDE", `^${src[t.LONETILDE]}${src[t.XRANGEPLAIN]}$`);
    createToken("TILDELOOSE", `^${src[t.LONETILDE]}${src[t.XRANGEPLAINLOOSE]}$`);
    createToken("LONECARET", "(?:\\^)");
    createToken("CARETTRIM", `(\\s*)${src[t.LONECARET]}\\s+`, true);
    exports.caretTrimReplace = "$1^";
    createToken("CARET", `^${src[t.LONECARET]}${src[t.XRANGEPLAIN]}$`);
    createToken("CARETLOOSE", `^${src[t.LONECARET]}${src[t.XRANGEPLAINLOOSE]}$`);
    createToken("COMPARATORLOOSE", `^${src[t.GTLT]}\\s*(${src[t.LOOSEPLAIN]})$|^$`);
    createToken("COMPARATOR", `^${src[t.GTLT]}\\s*(${src[t.FULLPLAIN]})$|^$`);
    createToken("COMPARATORTRIM", `(\\s*)${src[t.GTLT]}\\s*(${src[t.LOOSEPLAIN]}|${src[t.XRANGEPLAIN]})`, true);
    exports.comparatorTrimReplace = "$1$2$3";
    createToken("HYPHENRANGE", `^\\s*(${src[t.XRANGEPLAIN]})\\s+-\\s+(${src[t.XRANGEPLAIN]})\\s*$`);
    createToken("HYPHENRANGELOOSE", `^\\s*(${src[t.XRANGEPLAINLOOSE]})\\s+-\\s+(${src[t.XRANGEPLAINLOOSE]})\\s*$`);
    createToken("STAR", "(<|>)?=?\\s*\\*");
    createToken("GTE0", "^\\s*>=\\s*0\\.0\\.0\\s*$");
    createToken("GTE0PRE", "^\\s*>=\\s*0\\.0\\.0-0\\s*$");
  }
});

// node_modules/semver/internal/parse-options.js
var require_parse_options = __commonJS({
  "node_modules/semver/internal/parse-options.js"(exports, module) {
    "use strict";
    var looseOption = Object.freeze({ loose: true });
    var emptyOpts = Object.freeze({});
    var parseOptions = (options) => {
      if (!options) {
        return emptyOpts;
      }
      if (typeof options !== "object") {
        return looseOption;
      }
      return options;
    };
    module.exports = parseOptions;
  }
});

// node_modules/semver/internal/identifiers.js
var require_identifiers = __commonJS({
  "node_modules/semver/internal/identifiers.js"(exports, module) {
    "use strict";
    var numeric = /^[0-9]+$/;
    var compareIdentifiers = (a, b) => {
      if (typeof a === "number" && typeof b === "number") {
        return a === b ? 0 : a < b ? -1 : 1;
      }
      const anum = numeric.test(a);
      const bnum = numeric.test(b);
      if (anum && bnum) {
        a = +a;
        b = +b;
      }
      return a === b ? 0 : anum && !bnum ? -1 : bnum && !anum ? 1 : a < b ? -1 : 1;
    };
    var rcompareIdentifiers = (a, b) => compareIdentifiers(b, a);
    module.exports = {
      compareIdentifiers,
      rcompareIdentifiers
    };
  }
});

// node_modules/semver/classes/semver.js
var require_semver = __commonJS({
  "node_modules/semver/classes/semver.js"(exports, module) {
    "use strict";
    var debug = require_debug();
    var { MAX_LENGTH, MAX_SAFE_INTEGER } = require_constants();
    var { safeRe: re, t } = require_re();
    var parseOptions = require_parse_options();
    var { compareIdentifiers } = require_identifiers();
    var isPrereleaseIdentifier = (prerelease, identifier) => {
      const identifiers = identifier.split(".");
      if (identifiers.length > prerelease.length) {
        return false;
      }
      for (let i = 0; i < identifiers.length; i++) {
        if (compareIdentifiers(prerelease[i], identifiers[i]) !== 0) {
          return false;
        }
      }
      return true;
    };
    var SemVer = class _SemVer {
      constructor(version, options) {
        options = parseOptions(options);
        if (version instanceof _SemVer) {
          if (version.loose === !!options.loose && version.includePrerelease === !!options.includePrerelease) {
            return version;
          } else {
            version = version.version;
          }
        } else if (typeof version !== "string") {
          throw new TypeError(`Invalid version. Must be a string. Got type "${typeof version}".`);
        }
        if (version.length > MAX_LENGTH) {
          throw new TypeError(
            `version is longer than ${MAX_LENGTH} characters`
          );
        }
        debug("SemVer", version, options);
        this.options = options;
        this.loose = !!options.loose;
        this.includePrerelease = !!options.includePrerelease;
        const m = version.trim().match(options.loose ? re[t.LOOSE] : re[t.FULL]);
        if (!m) {
          throw new TypeError(`Invalid Version: ${version}`);
        }
        this.raw = version;
        this.major = +m[1];
        this.minor = +m[2];
        this.patch = +m[3];
        if (this.major > MAX_SAFE_INTEGER || this.major < 0) {
          throw new TypeError("Invalid major version");
        }
        if (this.minor > MAX_SAFE_INTEGER || this.minor < 0) {
          throw new TypeError("Invalid minor version");
        }
        if (this.patch > MAX_SAFE_INTEGER || this.patch < 0) {
          throw new TypeError("Invalid patch version");
        }
        if (!m[4]) {
          this.prerelease = [];
        } else {
          this.prerelease = m[4].split(".").map((id) => {
            if (/^[0-9]+$/.test(id)) {
              const num = +id;
              if (num >= 0 && num < MAX_SAFE_INTEGER) {
                return num;
              }
            }
            return id;
          });
        }
        this.build = m[5] ? m[5].split(".") : [];
        this.format();
      }
      format() {
        this.version = `${this.major}.${this.minor}.${this.patch}`;
        if (this.prerelease.length) {
          this.version += `-${this.prerelease.join(".")}`;
        }
        return this.version;
      }
      toString() {
        return this.version;
      }
      compare(other) {
        debug("SemVer.compare", this.version, this.options, other);
        if (!(other instanceof _SemVer)) {
          if (typeof other === "string" && other === this.version) {
            return 0;
          }
          other = new _SemVer(other, this.options);
        }
        if (other.version === this.version) {
          return 0;
        }
        return this.compareMain(other) || this.comparePre(other);
      }
      compareMain(other) {
        if (!(other instanceof _SemVer)) {
          other = new _SemVer(other, this.options);
        }
        if (this.major < other.major) {
          return -1;
        }
        if (this.major > other.major) {
          return 1;
        }
        if (this.minor < other.minor) {
          return -1;
        }
        if (this.minor > other.minor) {
          return 1;
        }
        if (this.patch < other.patch) {
          return -1;
        }
        if (this.patch > other.patch) {
          return 1;
        }
        return 0;
      }
      comparePre(other) {
        if (!(other instanceof _SemVer)) {
          other = new _SemVer(other, this.options);
        }
        if (this.prerelease.length && !other.prerelease.length) {
          return -1;
        } else if (!this.prerelease.length && other.prerelease.length) {
          return 1;
        } else if (!this.prerelease.length && !other.prerelease.length) {
          return 0;
        }
        let i = 0;
        do {
          const a = this.prerelease[i];
          const b = other.prerelease[i];
          debug("prerelease compare", i, a, b);
          if (a === void 0 && b === void 0) {
            return 0;
          } else if (b === void 0) {
            return 1;
          } else if (a === void 0) {
            return -1;
          } else if (a === b) {
            continue;
          } else {
            return compareIdentifiers(a, b);
          }
        } while (++i);
      }
      compareBuild(other) {
        if (!(other instanceof _SemVer)) {
          other = new _SemVer(other, this.options);
        }
        let i = 0;
        do {
          const a = this.build[i];
          const b = other.build[i];
          debug("build compare", i, a, b);
          if (a === void 0 && b === void 0) {
            return 0;
          } else if (b === void 0) {
            return 1;
          } else if (a === void 0) {
            return -1;
          } else if (a === b) {
            continue;
          } else {
            return compareIdentifiers(a, b);
          }
        } while (++i);
      }
      // preminor will bump the version up to the next minor release, and immediately
      // down to pre-release. premajor and prepatch work the same way.
      inc(release, identifier, identifierBase) {
        if (release.startsWith("pre")) {
          if (!identifier && identifierBase === false) {
            throw new Error("invalid increment argument: identifier is empty");
          }
          if (identifier) {
            const match = `-${identifier}`.match(this.options.loose ? re[t.PRERELEASELOOSE] : re[t.PRERELEASE]);
            if (!match || match[1] !== identifier) {
              throw new Error(`invalid identifier: ${identifier}`);
            }
          }
        }
        switch (release) {
          case "premajor":
            this.prerelease.length = 0;
            this.patch = 0;
            this.minor = 0;
            this.major++;
            this.inc("pre", identifier, identifierBase);
            break;
          case "preminor":
            this.prerelease.length = 0;
            this.patch = 0;
            this.minor++;
            this.inc("pre", identifier, identifierBase);
            break;
          case "prepatch":
            this.prerelease.length = 0;
            this.inc("patch", identifier, identifierBase);
            this.inc("pre", identifier, identifierBase);
            break;
          // If the input is a non-prerelease version, this acts the same as
          // prepatch.
          case "prerelease":
            if (this.prerelease.length === 0) {
              this.inc("patch", identifier, identifierBase);
            }
            this.inc("pre", identifier, identifierBase);
            break;
          case "release":
            if (this.prerelease.length === 0) {
              throw new Error(`version ${this.raw} is not a prerelease`);
            }
            this.prerelease.length = 0;
            break;
          case "major":
            if (this.minor !== 0 || this.patch !== 0 || this.prerelease.length === 0) {
              this.major++;
            }
            this.minor = 0;
            this.patch = 0;
            this.prerelease = [];
            break;
          case "minor":
            if (this.patch !== 0 || this.prerelease.length === 0) {
              this.minor++;
            }
            this.patch = 0;
            this.prerelease = [];
            break;
          case "patch":
            if (this.prerelease.length === 0) {
              this.patch++;
            }
            this.prerelease = [];
            break;
          // This probably shouldn't be used publicly.
          // 1.0.0 'pre' would become 1.0.0-0 which is the wrong direction.
          case "pre": {
            const base = Number(identifierBase) ? 1 : 0;
            if (this.prerelease.length === 0) {
              this.prerelease = [base];
            } else {
              let i = this.prerelease.length;
              while (--i >= 0) {
                if (typeof this.prerelease[i] === "number") {
                  this.prerelease[i]++;
                  i = -2;
                }
              }
              if (i === -1) {
                if (identifier === this.prerelease.join(".") && identifierBase === false) {
                  throw new Error("invalid increment argument: identifier already exists");
                }
                this.prerelease.push(base);
              }
            }
            if (identifier) {
              let prerelease = [identifier, base];
              if (identifierBase === false) {
                prerelease = [identifier];
              }
              if (isPrereleaseIdentifier(this.prerelease, identifier)) {
                const prereleaseBase = this.prerelease[identifier.split(".").length];
                if (isNaN(prereleaseBase)) {
                  this.prerelease = prerelease;
                }
              } else {
                this.prerelease = prerelease;
              }
            }
            break;
          }
          default:
            throw new Error(`invalid increment argument: ${release}`);
        }
        this.raw = this.format();
        if (this.build.length) {
          this.raw += `+${this.build.join(".")}`;
        }
        return this;
      }
    };
    module.exports = SemVer;
  }
});

// node_modules/semver/functions/parse.js
var require_parse = __commonJS({
  "node_modules/semver/functions/parse.js"(exports, module) {
    "use strict";
    var SemVer = require_semver();
    var parse = (version, options, throwErrors = false) => {
      if (version instanceof SemVer) {
        return version;
      }
      try {
        return new SemVer(version, options);
      } catch (er) {
        if (!throwErrors) {
          return null;
        }
        throw er;
      }
    };
    module.exports = parse;
  }
});

// node_modules/semver/functions/valid.js
var require_valid = __commonJS({
  "node_modules/semver/functions/valid.js"(exports, module) {
    "use strict";
    var parse = require_parse();
    var valid2 = (version, options) => {
      const v = parse(version, options);
      return v ? v.version : null;
    };
    module.exports = valid2;
  }
});

// node_modules/semver/functions/clean.js
var require_clean = __commonJS({
  "node_modules/semver/functions/clean.js"(exports, module) {
    "use strict";
    var parse = require_parse();
    var clean = (version, options) => {
      const s = parse(version.trim().replace(/^[=v]+/, ""), options);
      return s ? s.version : null;
    };
    module.exports = clean;
  }
});

// node_modules/semver/functions/inc.js
var require_inc = __commonJS({
  "node_modules/semver/functions/inc.js"(exports, module) {
    "use strict";
    var SemVer = require_semver();
    var inc = (version, release, options, identifier, identifierBase) => {
      if (typeof options === "string") {
        identifierBase = identifier;
        identifier = options;
        options = void 0;
      }
      try {
        return new SemVer(
          version instanceof SemVer ? version.version : version,
          options
        ).inc(release, identifier, identifierBase).version;
      } catch (er) {
        return null;
      }
    };
    module.exports = inc;
  }
});

// node_modules/semver/functions/diff.js
var require_diff = __commonJS({
  "node_modules/semver/functions/diff.js"(exports, module) {
    "use strict";
    var parse = require_parse();
    var diff = (version1, version2) => {
      const v1 = parse(version1, null, true);
      const v2 = parse(version2, null, true);
      const comparison = v1.compare(v2);
      if (comparison === 0) {
        return null;
      }
      const v1Higher = comparison > 0;
      const highVersion = v1Higher ? v1 : v2;
      const lowVersion = v1Higher ? v2 : v1;
      const highHasPre = !!highVersion.prerelease.length;
      const lowHasPre = !!lowVersion.prerelease.length;
      if (lowHasPre && !highHasPre) {
        if (!lowVersion.patch && !lowVersion.minor) {
          return "major";
        }
        if (lowVersion.compareMain(highVersion) === 0) {
          if (lowVersion.minor && !lowVersion.patch) {
            return "minor";
          }
          return "patch";
        }
      }
      const prefix = highHasPre ? "pre" : "";
      if (v1.major !== v2.major) {
        return prefix + "major";
      }
      if (v1.minor !== v2.minor) {
        return prefix + "minor";
      }
      if (v1.patch !== v2.patch) {
        return prefix + "patch";
      }
      return "prerelease";
    };
    module.exports = diff;
  }
});

// node_modules/semver/functions/major.js
var require_major = __commonJS({
  "node_modules/semver/functions/major.js"(exports, module) {
    "use strict";
    var SemVer = require_semver();
    var major = (a, loose) => new SemVer(a, loose).major;
    module.exports = major;
  }
});

// node_modules/semver/functions/minor.js
var require_minor = __commonJS({
  "node_modules/semver/functions/minor.js"(exports, module) {
    "use strict";
    var SemVer = require_semver();
    var minor = (a, loose) => new SemVer(a, loose).minor;
    module.exports = minor;
  }
});

// node_modules/semver/functions/patch.js
var require_patch = __commonJS({
  "node_modules/semver/functions/patch.js"(exports, module) {
    "use strict";
    var SemVer = require_semver();
    var patch = (a, loose) => new SemVer(a, loose).patch;
    module.exports = patch;
  }
});

// node_modules/semver/functions/prerelease.js
var require_prerelease = __commonJS({
  "node_modules/semver/functions/prerelease.js"(exports, module) {
    "use strict";
    var parse = require_parse();
    var prerelease = (version, options) => {
      const parsed = parse(version, options);
      return parsed && parsed.prerelease.length ? parsed.prerelease : null;
    };
    module.exports = prerelease;
  }
});

// node_modules/semver/functions/compare.js
var require_compare = __commonJS({
  "node_modules/semver/functions/compare.js"(exports, module) {
    "use strict";
    var SemVer = require_semver();
    var compare = (a, b, loose) => new SemVer(a, loose).compare(new SemVer(b, loose));
    module.exports = compare;
  }
});

// node_modules/semver/functions/rcompare.js
var require_rcompare = __commonJS({
  "node_modules/semver/functions/rcompare.js"(exports, module) {
    "use strict";
    var compare = require_compare();
    var rcompare = (a, b, loose) => compare(b, a, loose);
    module.exports = rcompare;
  }
});

// node_modules/semver/functions/compare-loose.js
var require_compare_loose = __commonJS({
  "node_modules/semver/functions/compare-loose.js"(exports, module) {
    "use strict";
    var compare = require_compare();
    var compareLoose = (a, b) => compare(a, b, true);
    module.exports = compareLoose;
  }
});

// node_modules/semver/functions/compare-build.js
var require_compare_build = __commonJS({
  "node_modules/semver/functions/compare-build.js"(exports, module) {
    "use strict";
    var SemVer = require_semver();
    var compareBuild = (a, b, loose) => {
      const versionA = new SemVer(a, loose);
      const versionB = new SemVer(b, loose);
      return versionA.compare(versionB) || versionA.compareBuild(versionB);
    };
    module.exports = compareBuild;
  }
});

// node_modules/semver/functions/sort.js
var require_sort = __commonJS({
  "node_modules/semver/functions/sort.js"(exports, module) {
    "use strict";
    var compareBuild = require_compare_build();
    var sort = (list, loose) => list.sort((a, b) => compareBuild(a, b, loose));
    module.exports = sort;
  }
});

// node_modules/semver/functions/rsort.js
var require_rsort = __commonJS({
  "node_modules/semver/functions/rsort.js"(exports, module) {
    "use strict";
    var compareBuild = require_compare_build();
    var rsort = (list, loose) => list.sort((a, b) => compareBuild(b, a, loose));
    module.exports = rsort;
  }
});

// node_modules/semver/functions/gt.js
var require_gt = __commonJS({
  "node_modules/semver/functions/gt.js"(exports, module) {
    "use strict";
    var compare = require_compare();
    var gt2 = (a, b, loose) => compare(a, b, loose) > 0;
    module.exports = gt2;
  }
});

// node_modules/semver/functions/lt.js
var require_lt = __commonJS({
  "node_modules/semver/functions/lt.js"(exports, module) {
    "use strict";
    var compare = require_compare();
    var lt = (a, b, loose) => compare(a, b, loose) < 0;
    module.exports = lt;
  }
});

// node_modules/semver/functions/eq.js
var require_eq = __commonJS({
  "node_modules/semver/functions/eq.js"(exports, module) {
    "use strict";
    var compare = require_compare();
    var eq2 = (a, b, loose) => compare(a, b, loose) === 0;
    module.exports = eq2;
  }
});

// node_modules/semver/functions/neq.js
var require_neq = __commonJS({
  "node_modules/semver/functions/neq.js"(exports, module) {
    "use strict";
    var compare = require_compare();
    var neq = (a, b, loose) => compare(a, b, loose) !== 0;
    module.exports = neq;
  }
});

// node_modules/semver/functions/gte.js
var require_gte = __commonJS({
  "node_modules/semver/functions/gte.js"(exports, module) {
    "use strict";
    var compare = require_compare();
    var gte = (a, b, loose) => compare(a, b, loose) >= 0;
    module.exports = gte;
  }
});

// node_modules/semver/functions/lte.js
var require_lte = __commonJS({
  "node_modules/semver/functions/lte.js"(exports, module) {
    "use strict";
    var compare = require_compare();
    var lte = (a, b, loose) => compare(a, b, loose) <= 0;
    module.exports = lte;
  }
});

// node_modules/semver/functions/cmp.js
var require_cmp = __commonJS({
  "node_modules/semver/functions/cmp.js"(exports, module) {
    "use strict";
    var eq2 = require_eq();
    var neq = require_neq();
    var gt2 = require_gt();
    var gte = require_gte();
    var lt = require_lt();
    var lte = require_lte();
    var cmp = (a, op, b, loose) => {
      switch (op) {
        case "===":
          if (typeof a === "object") {
            a = a.version;
          }
          if (typeof b === "object") {
            b = b.version;
          }
          return a === b;
        case "!==":
          if (typeof a === "object") {
            a = a.version;
          }
          if (typeof b === "object") {
            b = b.version;
          }
          return a !== b;
        case "":
        case "=":
        case "==":
          return eq2(a, b, loose);
        case "!=":
          return neq(a, b, loose);
        case ">":
          return gt2(a, b, loose);
        case ">=":
          return gte(a, b, loose);
        case "<":
          return lt(a, b, loose);
        case "<=":
          return lte(a, b, loose);
        default:
          throw new TypeError(`Invalid operator: ${op}`);
      }
    };
    module.exports = cmp;
  }
});

// node_modules/semver/functions/coerce.js
var require_coerce = __commonJS({
  "node_modules/semver/functions/coerce.js"(exports, module) {
    "use strict";
    var SemVer = require_semver();
    var parse = require_parse();
    var { safeRe: re, t } = require_re();
    var coerce = (version, options) => {
      if (version instanceof SemVer) {
        return version;
      }
      if (typeof version === "number") {
        version = String(version);
      }
      if (typeof version !== "string") {
        return null;
      }
      options = options || {};
      let match = null;
      if (!options.rtl) {
        match = version.match(options.includePrerelease ? re[t.COERCEFULL] : re[t.COERCE]);
      } else {
        const coerceRtlRegex = options.includePrerelease ? re[t.COERCERTLFULL] : re[t.COERCERTL];
        let next;
        while ((next = coerceRtlRegex.exec(version)) && (!match || match.index + match[0].length !== version.length)) {
          if (!match || next.index + next[0].length !== match.index + match[0].length) {
            match = next;
          }
          coerceRtlRegex.lastIndex = next.index + next[1].length + next[2].length;
        }
        coerceRtlRegex.lastIndex = -1;
      }
      if (match === null) {
        return null;
      }
      const major = match[2];
      const minor = match[3] || "0";
      const patch = match[4] || "0";
      const prerelease = options.includePrerelease && match[5] ? `-${match[5]}` : "";
      const build = options.includePrerelease && match[6] ? `+${match[6]}` : "";
      return parse(`${major}.${minor}.${patch}${prerelease}${build}`, options);
    };
    module.exports = coerce;
  }
});

// node_modules/semver/functions/truncate.js
var require_truncate = __commonJS({
  "node_modules/semver/functions/truncate.js"(exports, module) {
    "use strict";
    var parse = require_parse();
    var constants = require_constants();
    var SemVer = require_semver();
    var truncate = (version, truncation, options) => {
      if (!constants.RELEASE_TYPES.includes(truncation)) {
        return null;
      }
      const clonedVersion = cloneInputVersion(version, options);
      return clonedVersion && doTruncation(clonedVersion, truncation);
    };
    var cloneInputVersion = (version, options) => {
      const versionStringToParse = version instanceof SemVer ? version.version : version;
      return parse(versionStringToParse, options);
    };
    var doTruncation = (version, truncation) => {
      if (isPrerelease(truncation)) {
        return version.version;
      }
      version.prerelease = [];
      switch (truncation) {
        case "major":
          version.minor = 0;
          version.patch = 0;
          break;
        case "minor":
          version.patch = 0;
          break;
      }
      return version.format();
    };
    var isPrerelease = (type) => {
      return type.startsWith("pre");
    };
    module.exports = truncate;
  }
});

// node_modules/semver/internal/lrucache.js
var require_lrucache = __commonJS({
  "node_modules/semver/internal/lrucache.js"(exports, module) {
    "use strict";
    var LRUCache = class {
      constructor() {
        this.max = 1e3;
        this.map = /* @__PURE__ */ new Map();
      }
      get(key) {
        const value = this.map.get(key);
        if (value === void 0) {
          return void 0;
        } else {
          this.map.delete(key);
          this.map.set(key, value);
          return value;
        }
      }
      delete(key) {
        return this.map.delete(key);
      }
      set(key, value) {
        const deleted = this.delete(key);
        if (!deleted && value !== void 0) {
          if (this.map.size >= this.max) {
            const firstKey = this.map.keys().next().value;
            this.delete(firstKey);
          }
          this.map.set(key, value);
        }
        return this;
      }
    };
    module.exports = LRUCache;
  }
});

// node_modules/semver/internal/trim-comparator-whitespace.js
var require_trim_comparator_whitespace = __commonJS({
  "node_modules/semver/internal/trim-comparator-whitespace.js"(exports, module) {
    "use strict";
    var {
      MAX_LENGTH,
      MAX_SAFE_BUILD_LENGTH,
      WHITESPACE_CHARACTERS
    } = require_constants();
    var whitespace = new Uint8Array(65536);
    for (const char of WHITESPACE_CHARACTERS) {
      whitespace[char.charCodeAt(0)] = 1;
    }
    var isWhitespace = (char) => char !== void 0 && whitespace[char.charCodeAt(0)] === 1;
    var isVersionPrefix = (char) => char === "v" || char === "=" || isWhitespace(char);
    var isDigit3 = (char) => char !== void 0 && char >= "0" && char <= "9";
    var isLetter = (char) => char !== void 0 && (char >= "a" && char <= "z" || char >= "A" && char <= "Z");
    var isIdentifierCharacter = (char) => isDigit3(char) || isLetter(char) || char === "-";
    var isVersionStart = (char) => isDigit3(char) || char === "x" || char === "X" || char === "*";
    var findDigitsEndIndex = (range2, start, limit, digitRuns) => {
      if (!isDigit3(range2[start])) {
        return start;
      }
      if (start >= digitRuns.start && start < digitRuns.end) {
        return Math.min(start + limit, digitRuns.end);
      }
      if (start >= digitRuns.previousStart && start < digitRuns.previousEnd) {
        return Math.min(start + limit, digitRuns.previousEnd);
      }
      let end = start + 1;
      while (isDigit3(range2[end])) {
        end++;
      }
      digitRuns.previousStart = digitRuns.start;
      digitRuns.previousEnd = digitRuns.end;
      digitRuns.start = start;
      digitRuns.end = end;
      return Math.min(start + limit, end);
    };
    var findVersionNumberEndIndex = (range2, start, loose, digitRuns) => {
      if (!loose && range2[start] === "0") {
        return start + 1;
      }
      return findDigitsEndIndex(range2, start, loose ? MAX_LENGTH : MAX_LENGTH + 1, digitRuns);
    };
    var findPrereleaseIdentifierEndIndex = (range2, start, loose, digitRuns) => {
      const digitsEnd = findDigitsEndIndex(range2, start, MAX_LENGTH, digitRuns);
      if (isLetter(range2[digitsEnd]) || range2[digitsEnd] === "-") {
        let end = digitsEnd + 1;
        const limit = end + MAX_SAFE_BUILD_LENGTH;
        while (end < limit && isIdentifierCharacter(range2[end])) {
          end++;
        }
        return end;
      }
      return findVersionNumberEndIndex(range2, start, loose, digitRuns);
    };
    var findPrereleaseEndIndex = (range2, start, loose, digitRuns) => {
      const hyphen = range2[start] === "-";
      if (!loose && !hyphen) {
        return start;
      }
      const identifierStart = start + (hyphen ? 1 : 0);
      let end = findPrereleaseIdentifierEndIndex(range2, identifierStart, loose, digitRuns);
      if (end === identifierStart) {
        if (!loose || !hyphen) {
          return start;
        }
        end = findPrereleaseIdentifierEndIndex(range2, start, loose, digitRuns);
      }
      while (range2[end] === ".") {
        const next = findPrereleaseIdentifierEndIndex(range2, end + 1, loose, digitRuns);
        if (next === end + 1) {
          break;
        }
        end = next;
      }
      return end;
    };
    var findBuildIdentifierEndIndex = (range2, start) => {
      let end = start;
      while (end - start < MAX_SAFE_BUILD_LENGTH && isIdentifierCharacter(range2[end])) {
        end++;
      }
      return end;
    };
    var findBuildEndIndex = (range2, start) => {
      if (range2[start] !== "+") {
        return start;
      }
      let end = findBuildIdentifierEndIndex(range2, start + 1);
      if (end === start + 1) {
        return start;
      }
      while (range2[end] === ".") {
        const next = findBuildIdentifierEndIndex(range2, end + 1);
        if (next === end + 1) {
          break;
        }
        end = next;
      }
      return end;
    };
    var findLooseFullVersionEndIndex = (range2, start, digitRuns) => {
      let end = start;
      for (let component = 0; component < 3; component++) {
        const next = findVersionNumberEndIndex(range2, end, true, digitRuns);
        if (next === end) {
          return start;
        }
        end = next;
        if (component < 2) {
          if (range2[end] !== ".") {
            return start;
          }
          end++;
        }
      }
      const prereleaseEnd = findPrereleaseEndIndex(range2, end, true, digitRuns);
      return findBuildEndIndex(range2, prereleaseEnd);
    };
    var findPartialVersionComponentEndIndex = (range2, start, digitRuns) => {
      if (isDigit3(range2[start])) {
        return findVersionNumberEndIndex(range2, start, false, digitRuns);
      }
      return isVersionStart(range2[start]) ? start + 1 : start;
    };
    var findPartialVersionEndIndex = (range2, start, digitRuns) => {
      let end = findPartialVersionComponentEndIndex(range2, start, digitRuns);
      for (let component = 0; component < 2; component++) {
        if (range2[end] !== ".") {
          return end;
        }
        const next = findPartialVersionComponentEndIndex(range2, end + 1, digitRuns);
        if (next === end + 1) {
          return end;
        }
        end = next;
      }
      const prereleaseEnd = findPrereleaseEndIndex(range2, end, false, digitRuns);
      return findBuildEndIndex(range2, prereleaseEnd);
    };
    var findVersionEndIndex = (range2, start, digitRuns) => {
      const fullVersionEnd = findLooseFullVersionEndIndex(range2, start, digitRuns);
      return fullVersionEnd !== start ? fullVersionEnd : findPartialVersionEndIndex(range2, start, digitRuns);
    };
    var findRemovableWhitespaceIndex = (range2, matchStart) => {
      let position = matchStart;
      if (isWhitespace(range2[position])) {
        position++;
      }
      if (range2[position] === "<" || range2[position] === ">") {
        position++;
      }
      if (range2[position] === "=") {
        position++;
      }
      return isWhitespace(range2[position]) ? position : -1;
    };
    var trimComparatorWhitespace = (range2) => {
      let result = "";
      let copyFrom = 0;
      let cursor = 0;
      const digitRuns = { start: -1, end: -1, previousStart: -1, previousEnd: -1 };
      while (cursor < range2.length) {
        const matchStart = cursor;
        if (range2[cursor] === "<" || range2[cursor] === ">") {
          cursor++;
        } else if (!isVersionPrefix(range2[cursor]) && !isVersionStart(range2[cursor])) {
          cursor++;
          continue;
        }
        while (cursor < range2.length && isVersionPrefix(range2[cursor])) {
          cursor++;
        }
        if (!isVersionStart(range2[cursor])) {
          continue;
        }
        const whitespacePosition = findRemovableWhitespaceIndex(range2, matchStart);
        if (whitespacePosition !== -1) {
          result += range2.slice(copyFrom, whitespacePosition);
          copyFrom = whitespacePosition + 1;
        }
        cursor = findVersionEndIndex(range2, cursor, digitRuns);
      }
      return result + range2.slice(copyFrom);
    };
    module.exports = trimComparatorWhitespace;
  }
});

// node_modules/semver/classes/range.js
var require_range = __commonJS({
  "node_modules/semver/classes/range.js"(exports, module) {
    "use strict";
    var SPACE_CHARACTERS = /\s+/g;
    var Range = class _Range {
      constructor(range2, options) {
        options = parseOptions(options);
        if (range2 instanceof _Range) {
          if (range2.loose === !!options.loose && range2.includePrerelease === !!options.includePrerelease) {
            return range2;
          } else {
            return new _Range(range2.raw, options);
          }
        }
        if (range2 instanceof Comparator) {
          this.raw = range2.value;
          this.set = [[range2]];
          this.formatted = void 0;
          return this;
        }
        this.options = options;
        this.loose = !!options.loose;
        this.includePrerelease = !!options.includePrerelease;
        this.raw = range2.trim().replace(SPACE_CHARACTERS, " ");
        this.set = this.raw.split("||").map((r) => this.parseRange(r.trim())).filter((c) => c.length);
        if (!this.set.length) {
          throw new TypeError(`Invalid SemVer Range: ${this.raw}`);
        }
        if (this.set.length > 1) {
          const first = this.set[0];
          this.set = this.set.filter((c) => !isNullSet(c[0]));
          if (this.set.length === 0) {
            this.set = [first];
          } else if (this.set.length > 1) {
            for (const c of this.set) {
              if (c.length === 1 && isAny(c[0])) {
                this.set = [c];
                break;
              }
            }
          }
        }
        this.formatted = void 0;
      }
      get range() {
        if (this.formatted === void 0) {
          this.formatted = "";
          for (let i = 0; i < this.set.length; i++) {
            if (i > 0) {
              this.formatted += "||";
            }
            const comps = this.set[i];
            for (let k = 0; k < comps.length; k++) {
              if (k > 0) {
                this.formatted += " ";
              }
              this.formatted += comps[k].toString().trim();
            }
          }
        }
        return this.formatted;
      }
      format() {
        return this.range;
      }
      toString() {
        return this.range;
      }
      parseRange(range2) {
        range2 = range2.replace(BUILDSTRIPRE, "");
        const memoOpts = (this.options.includePrerelease && FLAG_INCLUDE_PRERELEASE) | (this.options.loose && FLAG_LOOSE);
        const memoKey = memoOpts + ":" + range2;
        const cached = cache.get(memoKey);
        if (cached) {
          return cached;
        }
        const loose = this.options.loose;
        const hr = loose ? re[t.HYPHENRANGELOOSE] : re[t.HYPHENRANGE];
        range2 = range2.replace(hr, hyphenReplace(this.options.includePrerelease));
        debug("hyphen replace", range2);
        range2 = trimComparatorWhitespace(range2);
        debug("comparator trim", range2);
        range2 = range2.replace(re[t.TILDETRIM], tildeTrimReplace);
        debug("tilde trim", range2);
        range2 = range2.replace(re[t.CARETTRIM], caretTrimReplace);
        debug("caret trim", range2);
        let rangeList = range2.split(" ").map((comp) => parseComparator(comp, this.options)).join(" ").split(/\s+/).map((comp) => replaceGTE0(comp, this.options));
        if (loose) {
          rangeList = rangeList.filter((comp) => {
            debug("loose invalid filter", comp, this.options);
            return !!comp.match(re[t.COMPARATORLOOSE]);
          });
        }
        debug("range list", rangeList);
        const rangeMap = /* @__PURE__ */ new Map();
        const comparators = rangeList.map((comp) => new Comparator(comp, this.options));
        for (const comp of comparators) {
          if (isNullSet(comp)) {
            return [comp];
          }
          rangeMap.set(comp.value, comp);
        }
        if (rangeMap.size > 1 && rangeMap.has("")) {
          rangeMap.delete("");
        }
        const result = [...rangeMap.values()];
        cache.set(memoKey, result);
        return result;
      }
      intersects(range2, options) {
        if (!(range2 instanceof _Range)) {
          throw new TypeError("a Range is required");
        }
        return this.set.some((thisComparators) => {
          return isSatisfiable(thisComparators, options) && range2.set.some((rangeComparators) => {
            return isSatisfiable(rangeComparators, options) && thisComparators.every((thisComparator) => {
              return rangeComparators.every((rangeComparator) => {
                return thisComparator.intersects(rangeComparator, options);
              });
            });
          });
        });
      }
      // if ANY of the sets match ALL of its comparators, then pass
      test(version) {
        if (!version) {
          return false;
        }
        if (typeof version === "string") {
          try {
            version = new SemVer(version, this.options);
          } catch (er) {
            return false;
          }
        }
        for (let i = 0; i < this.set.length; i++) {
          if (testSet(this.set[i], version, this.options)) {
            return true;
          }
        }
        return false;
      }
    };
    module.exports = Range;
    var LRU = require_lrucache();
    var cache = new LRU();
    var parseOptions = require_parse_options();
    var Comparator = require_comparator();
    var debug = require_debug();
    var SemVer = require_semver();
    var trimComparatorWhitespace = require_trim_comparator_whitespace();
    var {
      safeRe: re,
      src,
      t,
      tildeTrimReplace,
      caretTrimReplace
    } = require_re();
    var { FLAG_INCLUDE_PRERELEASE, FLAG_LOOSE } = require_constants();
    var BUILDSTRIPRE = new RegExp(src[t.BUILD], "g");
    var isNullSet = (c) => c.value === "<0.0.0-0";
    var isAny = (c) => c.value === "";
    var isSatisfiable = (comparators, options) => {
      let result = true;
      const remainingComparators = comparators.slice();
      let testComparator = remainingComparators.pop();
      while (result && remainingComparators.length) {
        result = remainingComparators.every((otherComparator) => {
          return testComparator.intersects(otherComparator, options);
        });
        testComparator = remainingComparators.pop();
      }
      return result;
    };
    var parseComparator = (comp, options) => {
      comp = comp.replace(re[t.BUILD], "");
      debug("comp", comp, options);
      comp = replaceCarets(comp, options);
      debug("caret", comp);
      comp = replaceTildes(comp, options);
      debug("tildes", comp);
      comp = replaceXRanges(comp, options);
      debug("xrange", comp);
      comp = replaceStars(comp, options);
      debug("stars", comp);
      return comp;
    };
    var isX = (id) => !id || id.toLowerCase() === "x" || id === "*";
    var invalidXRangeOrder = (M, m, p) => isX(M) && !isX(m) || isX(m) && p && !isX(p);
    var replaceTildes = (comp, options) => {
      return comp.trim().split(/\s+/).map((c) => replaceTilde(c, options)).join(" ");
    };
    var replaceTilde = (comp, options) => {
      const r = options.loose ? re[t.TILDELOOSE] : re[t.TILDE];
      const z = options.includePrerelease ? "-0" : "";
      return comp.replace(r, (_, M, m, p, pr) => {
        debug("tilde", comp, _, M, m, p, pr);
        let ret;
        if (isX(M)) {
          ret = "";
        } else if (isX(m)) {
          ret = `>=${M}.0.0${z} <${+M + 1}.0.0-0`;
        } else if (isX(p)) {
          ret = `>=${M}.${m}.0${z} <${M}.${+m + 1}.0-0`;
        } else if (pr) {
          debug("replaceTilde pr", pr);
          ret = `>=${M}.${m}.${p}-${pr} <${M}.${+m + 1}.0-0`;
        } else {
          ret = `>=${M}.${m}.${p} <${M}.${+m + 1}.0-0`;
        }
        debug("tilde return", ret);
        return ret;
      });
    };
    var replaceCarets = (comp, options) => {
      return comp.trim().split(/\s+/).map((c) => replaceCaret(c, options)).join(" ");
    };
    var replaceCaret = (comp, options) => {
      debug("caret", comp, options);
      const r = options.loose ? re[t.CARETLOOSE] : re[t.CARET];
      const z = options.includePrerelease ? "-0" : "";
      return comp.replace(r, (_, M, m, p, pr) => {
        debug("caret", comp, _, M, m, p, pr);
        let ret;
        if (isX(M)) {
          ret = "";
        } else if (isX(m)) {
          ret = `>=${M}.0.0${z} <${+M + 1}.0.0-0`;
        } else if (isX(p)) {
          if (M === "0") {
            ret = `>=${M}.${m}.0${z} <${M}.${+m + 1}.0-0`;
          } else {
            ret = `>=${M}.${m}.0${z} <${+M + 1}.0.0-0`;
          }
        } else if (pr) {
          debug("replaceCaret pr", pr);
          if (M === "0") {
            if (m === "0") {
              ret = `>=${M}.${m}.${p}-${pr} <${M}.${m}.${+p + 1}-0`;
            } else {
              ret = `>=${M}.${m}.${p}-${pr} <${M}.${+m + 1}.0-0`;
            }
          } else {
            ret = `>=${M}.${m}.${p}-${pr} <${+M + 1}.0.0-0`;
          }
        } else {
          debug("no pr");
          if (M === "0") {
            if (m === "0") {
              ret = `>=${M}.${m}.${p} <${M}.${m}.${+p + 1}-0`;
            } else {
              ret = `>=${M}.${m}.${p} <${M}.${+m + 1}.0-0`;
            }
          } else {
            ret = `>=${M}.${m}.${p} <${+M + 1}.0.0-0`;
          }
        }
        debug("caret return", ret);
        return ret;
      });
    };
    var replaceXRanges = (comp, options) => {
      debug("replaceXRanges", comp, options);
      return comp.split(/\s+/).map((c) => replaceXRange(c, options)).join(" ");
    };
    var replaceXRange = (comp, options) => {
      comp = comp.trim();
      const r = options.loose ? re[t.XRANGELOOSE] : re[t.XRANGE];
      return comp.replace(r, (ret, gtlt, M, m, p, pr) => {
        debug("xRange", comp, ret, gtlt, M, m, p, pr);
        if (invalidXRangeOrder(M, m, p)) {
          return comp;
        }
        const xM = isX(M);
        const xm = xM || isX(m);
        const xp = xm || isX(p);
        const anyX = xp;
        if (gtlt === "=" && anyX) {
          gtlt = "";
        }
        pr = options.includePrerelease ? "-0" : "";
        if (xM) {
          if (gtlt === ">" || gtlt === "<") {
            ret = "<0.0.0-0";
          } else {
            ret = "*";
          }
        } else if (gtlt && anyX) {
          if (xm) {
            m = 0;
          }
          p = 0;
          if (gtlt === ">") {
            gtlt = ">=";
            if (xm) {
              M = +M + 1;
              m = 0;
              p = 0;
            } else {
              m = +m + 1;
              p = 0;
            }
          } else if (gtlt === "<=") {
            gtlt = "<";
            if (xm) {
              M = +M + 1;
            } else {
              m = +m + 1;
            }
          }
          if (gtlt === "<") {
            pr = "-0";
          }
          ret = `${gtlt + M}.${m}.${p}${pr}`;
        } else if (xm) {
          ret = `>=${M}.0.0${pr} <${+M + 1}.0.0-0`;
        } else if (xp) {
          ret = `>=${M}.${m}.0${pr} <${M}.${+m + 1}.0-0`;
        }
        debug("xRange return", ret);
        return ret;
      });
    };
    var replaceStars = (comp, options) => {
      debug("replaceStars", comp, options);
      return comp.trim().replace(re[t.STAR], "");
    };
    var replaceGTE0 = (comp, options) => {
      debug("replaceGTE0", comp, options);
      return comp.trim().replace(re[options.includePrerelease ? t.GTE0PRE : t.GTE0], "");
    };
    var hyphenReplace = (incPr) => ($0, from, fM, fm, fp, fpr, fb, to, tM, tm, tp, tpr) => {
      if (isX(fM)) {
        from = "";
      } else if (isX(fm)) {
        from = `>=${fM}.0.0${incPr ? "-0" : ""}`;
      } else if (isX(fp)) {
        from = `>=${fM}.${fm}.0${incPr ? "-0" : ""}`;
      } else if (fpr) {
        from = `>=${from}`;
      } else {
        from = `>=${from}${incPr ? "-0" : ""}`;
      }
      if (isX(tM)) {
        to = "";
      } else if (isX(tm)) {
        to = `<${+tM + 1}.0.0-0`;
      } else if (isX(tp)) {
        to = `<${tM}.${+tm + 1}.0-0`;
      } else if (tpr) {
        to = `<=${tM}.${tm}.${tp}-${tpr}`;
      } else if (incPr) {
        to = `<${tM}.${tm}.${+tp + 1}-0`;
      } else {
        to = `<=${to}`;
      }
      return `${from} ${to}`.trim();
    };
    var testSet = (set, version, options) => {
      for (let i = 0; i < set.length; i++) {
        if (!set[i].test(version)) {
          return false;
        }
      }
      if (version.prerelease.length && !options.includePrerelease) {
        for (let i = 0; i < set.length; i++) {
          debug(set[i].semver);
          if (set[i].semver === Comparator.ANY) {
            continue;
          }
          if (set[i].semver.prerelease.length > 0) {
            const allowed = set[i].semver;
            if (allowed.major === version.major && allowed.minor === version.minor && allowed.patch === version.patch) {
              return true;
            }
          }
        }
        return false;
      }
      return true;
    };
  }
});

// node_modules/semver/classes/comparator.js
var require_comparator = __commonJS({
  "node_modules/semver/classes/comparator.js"(exports, module) {
    "use strict";
    var ANY = /* @__PURE__ */ Symbol("SemVer ANY");
    var Comparator = class _Comparator {
      static get ANY() {
        return ANY;
      }
      constructor(comp, options) {
        options = parseOptions(options);
        if (comp instanceof _Comparator) {
          if (comp.loose === !!options.loose) {
            return comp;
          } else {
            comp = comp.value;
          }
        }
        comp = comp.trim().split(/\s+/).join(" ");
        debug("comparator", comp, options);
        this.options = options;
        this.loose = !!options.loose;
        this.parse(comp);
        if (this.semver === ANY) {
          this.value = "";
        } else {
          this.value = this.operator + this.semver.version;
        }
        debug("comp", this);
      }
      parse(comp) {
        const r = this.options.loose ? re[t.COMPARATORLOOSE] : re[t.COMPARATOR];
        const m = comp.match(r);
        if (!m) {
          throw new TypeError(`Invalid comparator: ${comp}`);
        }
        this.operator = m[1] !== void 0 ? m[1] : "";
        if (this.operator === "=") {
          this.operator = "";
        }
        if (!m[2]) {
          this.semver = ANY;
        } else {
          this.semver = new SemVer(m[2], this.options.loose);
        }
      }
      toString() {
        return this.value;
      }
      test(version) {
        debug("Comparator.test", version, this.options.loose);
        if (this.semver === ANY || version === ANY) {
          return true;
        }
        if (typeof version === "string") {
          try {
            version = new SemVer(version, this.options);
          } catch (er) {
            return false;
          }
        }
        return cmp(version, this.operator, this.semver, this.options);
      }
      intersects(comp, options) {
        if (!(comp instanceof _Comparator)) {
          throw new TypeError("a Comparator is required");
        }
        if (this.operator === "") {
          if (this.value === "") {
            return true;
          }
          return new Range(comp.value, options).test(this.value);
        } else if (comp.operator === "") {
          if (comp.value === "") {
            return true;
          }
          return new Range(this.value, options).test(comp.semver);
        }
        options = parseOptions(options);
        if (options.includePrerelease && (this.value === "<0.0.0-0" || comp.value === "<0.0.0-0")) {
          return false;
        }
        if (!options.includePrerelease && (this.value.startsWith("<0.0.0") || comp.value.startsWith("<0.0.0"))) {
          return false;
        }
        if (this.operator.startsWith(">") && comp.operator.startsWith(">")) {
          return true;
        }
        if (this.operator.startsWith("<") && comp.operator.startsWith("<")) {
          return true;
        }
        if (this.semver.version === comp.semver.version && this.operator.includes("=") && comp.operator.includes("=")) {
          return true;
        }
        if (cmp(this.semver, "<", comp.semver, options) && this.operator.startsWith(">") && comp.operator.startsWith("<")) {
          return true;
        }
        if (cmp(this.semver, ">", comp.semver, options) && this.operator.startsWith("<") && comp.operator.startsWith(">")) {
          return true;
        }
        return false;
      }
    };
    module.exports = Comparator;
    var parseOptions = require_parse_options();
    var { safeRe: re, t } = require_re();
    var cmp = require_cmp();
    var debug = require_debug();
    var SemVer = require_semver();
    var Range = require_range();
  }
});

// node_modules/semver/functions/satisfies.js
var require_satisfies = __commonJS({
  "node_modules/semver/functions/satisfies.js"(exports, module) {
    "use strict";
    var Range = require_range();
    var satisfies = (version, range2, options) => {
      try {
        range2 = new Range(range2, options);
      } catch (er) {
        return false;
      }
      return range2.test(version);
    };
    module.exports = satisfies;
  }
});

// node_modules/semver/ranges/to-comparators.js
var require_to_comparators = __commonJS({
  "node_modules/semver/ranges/to-comparators.js"(exports, module) {
    "use strict";
    var Range = require_range();
    var toComparators = (range2, options) => new Range(range2, options).set.map((comp) => comp.map((c) => c.value).join(" ").trim().split(" "));
    module.exports = toComparators;
  }
});

// node_modules/semver/ranges/max-satisfying.js
var require_max_satisfying = __commonJS({
  "node_modules/semver/ranges/max-satisfying.js"(exports, module) {
    "use strict";
    var SemVer = require_semver();
    var Range = require_range();
    var maxSatisfying = (versions, range2, options) => {
      let max = null;
      let maxSV = null;
      let rangeObj = null;
      try {
        rangeObj = new Range(range2, options);
      } catch (er) {
        return null;
      }
      versions.forEach((v) => {
        if (rangeObj.test(v)) {
          if (!max || maxSV.compare(v) === -1) {
            max = v;
            maxSV = new SemVer(max, options);
          }
        }
      });
      return max;
    };
    module.exports = maxSatisfying;
  }
});

// node_modules/semver/ranges/min-satisfying.js
var require_min_satisfying = __commonJS({
  "node_modules/semver/ranges/min-satisfying.js"(exports, module) {
    "use strict";
    var SemVer = require_semver();
    var Range = require_range();
    var minSatisfying = (versions, range2, options) => {
      let min = null;
      let minSV = null;
      let rangeObj = null;
      try {
        rangeObj = new Range(range2, options);
      } catch (er) {
        return null;
      }
      versions.forEach((v) => {
        if (rangeObj.test(v)) {
          if (!min || minSV.compare(v) === 1) {
            min = v;
            minSV = new SemVer(min, options);
          }
        }
      });
      return min;
    };
    module.exports = minSatisfying;
  }
});

// node_modules/semver/ranges/min-version.js
var require_min_version = __commonJS({
  "node_modules/semver/ranges/min-version.js"(exports, module) {
    "use strict";
    var SemVer = require_semver();
    var Range = require_range();
    var gt2 = require_gt();
    var minVersion = (range2, loose) => {
      range2 = new Range(range2, loose);
      let minver = new SemVer("0.0.0");
      if (range2.test(minver)) {
        return minver;
      }
      minver = new SemVer("0.0.0-0");
      if (range2.test(minver)) {
        return minver;
      }
      minver = null;
      for (let i = 0; i < range2.set.length; ++i) {
        const comparators = range2.set[i];
        let setMin = null;
        comparators.forEach((comparator) => {
          const compver = new SemVer(comparator.semver.version);
          switch (comparator.operator) {
            case ">":
              if (compver.prerelease.length === 0) {
                compver.patch++;
              } else {
                compver.prerelease.push(0);
              }
              compver.raw = compver.format();
            /* fallthrough */
            case "":
            case ">=":
              if (!setMin || gt2(compver, setMin)) {
                setMin = compver;
              }
              break;
            case "<":
            case "<=":
              break;
            /* istanbul ignore next */
            default:
              throw new Error(`Unexpected operation: ${comparator.operator}`);
          }
        });
        if (setMin && (!minver || gt2(minver, setMin))) {
          minver = setMin;
        }
      }
      if (minver && range2.test(minver)) {
        return minver;
      }
      return null;
    };
    module.exports = minVersion;
  }
});

// node_modules/semver/ranges/valid.js
var require_valid2 = __commonJS({
  "node_modules/semver/ranges/valid.js"(exports, module) {
    "use strict";
    var Range = require_range();
    var validRange = (range2, options) => {
      try {
        return new Range(range2, options).range || "*";
      } catch (er) {
        return null;
      }
    };
    module.exports = validRange;
  }
});

// node_modules/semver/ranges/outside.js
var require_outside = __commonJS({
  "node_modules/semver/ranges/outside.js"(exports, module) {
    "use strict";
    var SemVer = require_semver();
    var Comparator = require_comparator();
    var { ANY } = Comparator;
    var Range = require_range();
    var satisfies = require_satisfies();
    var gt2 = require_gt();
    var lt = require_lt();
    var lte = require_lte();
    var gte = require_gte();
    var outside = (version, range2, hilo, options) => {
      version = new SemVer(version, options);
      range2 = new Range(range2, options);
      let gtfn, ltefn, ltfn, comp, ecomp;
      switch (hilo) {
        case ">":
          gtfn = gt2;
          ltefn = lte;
          ltfn = lt;
          comp = ">";
          ecomp = ">=";
          break;
        case "<":
          gtfn = lt;
          ltefn = gte;
          ltfn = gt2;
          comp = "<";
          ecomp = "<=";
          break;
        default:
          throw new TypeError('Must provide a hilo val of "<" or ">"');
      }
      if (satisfies(version, range2, options)) {
        return false;
      }
      for (let i = 0; i < range2.set.length; ++i) {
        const comparators = range2.set[i];
        let high = null;
        let low = null;
        comparators.forEach((comparator) => {
          if (comparator.semver === ANY) {
            comparator = new Comparator(">=0.0.0");
          }
          high = high || comparator;
          low = low || comparator;
          if (gtfn(comparator.semver, high.semver, options)) {
            high = comparator;
          } else if (ltfn(comparator.semver, low.semver, options)) {
            low = comparator;
          }
        });
        if (high.operator === comp || high.operator === ecomp) {
          return false;
        }
        if ((!low.operator || low.operator === comp) && ltefn(version, low.semver)) {
          return false;
        } else if (low.operator === ecomp && ltfn(version, low.semver)) {
          return false;
        }
      }
      return true;
    };
    module.exports = outside;
  }
});

// node_modules/semver/ranges/gtr.js
var require_gtr = __commonJS({
  "node_modules/semver/ranges/gtr.js"(exports, module) {
    "use strict";
    var outside = require_outside();
    var gtr = (version, range2, options) => outside(version, range2, ">", options);
    module.exports = gtr;
  }
});

// node_modules/semver/ranges/ltr.js
var require_ltr = __commonJS({
  "node_modules/semver/ranges/ltr.js"(exports, module) {
    "use strict";
    var outside = require_outside();
    var ltr = (version, range2, options) => outside(version, range2, "<", options);
    module.exports = ltr;
  }
});

// node_modules/semver/ranges/intersects.js
var require_intersects = __commonJS({
  "node_modules/semver/ranges/intersects.js"(exports, module) {
    "use strict";
    var Range = require_range();
    var intersects = (r1, r2, options) => {
      r1 = new Range(r1, options);
      r2 = new Range(r2, options);
      return r1.intersects(r2, options);
    };
    module.exports = intersects;
  }
});

// node_modules/semver/ranges/simplify.js
var require_simplify = __commonJS({
  "node_modules/semver/ranges/simplify.js"(exports, module) {
    "use strict";
    var satisfies = require_satisfies();
    var compare = require_compare();
    module.exports = (versions, range2, options) => {
      const set = [];
      let first = null;
      let prev = null;
      const v = versions.sort((a, b) => compare(a, b, options));
      for (const version of v) {
        const included = satisfies(version, range2, options);
        if (included) {
          prev = version;
          if (!first) {
            first = version;
          }
        } else {
          if (prev) {
            set.push([first, prev]);
          }
          prev = null;
          first = null;
        }
      }
      if (first) {
        set.push([first, null]);
      }
      const ranges = [];
      for (const [min, max] of set) {
        if (min === max) {
          ranges.push(min);
        } else if (!max && min === v[0]) {
          ranges.push("*");
        } else if (!max) {
          ranges.push(`>=${min}`);
        } else if (min === v[0]) {
          ranges.push(`<=${max}`);
        } else {
          ranges.push(`${min} - ${max}`);
        }
      }
      const simplified = ranges.join(" || ");
      const original = typeof range2.raw === "string" ? range2.raw : String(range2);
      return simplified.length < original.length ? simplified : range2;
    };
  }
});

// node_modules/semver/ranges/subset.js
var require_subset = __commonJS({
  "node_modules/semver/ranges/subset.js"(exports, module) {
    "use strict";
    var Range = require_range();
    var Comparator = require_comparator();
    var { ANY } = Comparator;
    var satisfies = require_satisfies();
    var compare = require_compare();
    var subset = (sub, dom, options = {}) => {
      if (sub === dom) {
        return true;
      }
      sub = new Range(sub, options);
      dom = new Range(dom, options);
      let sawNonNull = false;
      OUTER: for (const simpleSub of sub.set) {
        for (const simpleDom of dom.set) {
          const isSub = simpleSubset(simpleSub, simpleDom, options);
          sawNonNull = sawNonNull || isSub !== null;
          if (isSub) {
            continue OUTER;
          }
        }
        if (sawNonNull) {
          return false;
        }
      }
      return true;
    };
    var minimumVersionWithPreRelease = [new Comparator(">=0.0.0-0")];
    var minimumVersion = [new Comparator(">=0.0.0")];
    var simpleSubset = (sub, dom, options) => {
      if (sub === dom) {
        return true;
      }
      if (sub.length === 1 && sub[0].semver === ANY) {
        if (dom.length === 1 && dom[0].semver === ANY) {
          return true;
        } else if (options.includePrerelease) {
          sub = minimumVersionWithPreRelease;
        } else {
          sub = minimumVersion;
        }
      }
      if (dom.length === 1 && dom[0].semver === ANY) {
        if (options.includePrerelease) {
          return true;
        } else {
          dom = minimumVersion;
        }
      }
      const eqSet = /* @__PURE__ */ new Set();
      let gt2, lt;
      for (const c of sub) {
        if (c.operator === ">" || c.operator === ">=") {
          gt2 = higherGT(gt2, c, options);
        } else if (c.operator === "<" || c.operator === "<=") {
          lt = lowerLT(lt, c, options);
        } else {
          eqSet.add(c.semver);
        }
      }
      if (eqSet.size > 1) {
        return null;
      }
      let gtltComp;
      if (gt2 && lt) {
        gtltComp = compare(gt2.semver, lt.semver, options);
        if (gtltComp > 0) {
          return null;
        } else if (gtltComp === 0 && (gt2.operator !== ">=" || lt.operator !== "<=")) {
          return null;
        }
      }
      for (const eq2 of eqSet) {
        if (gt2 && !satisfies(eq2, String(gt2), options)) {
          return null;
        }
        if (lt && !satisfies(eq2, String(lt), options)) {
          return null;
        }
        for (const c of dom) {
          if (!satisfies(eq2, String(c), options)) {
            return false;
          }
        }
        return true;
      }
      let higher, lower;
      let hasDomLT, hasDomGT;
      let needDomLTPre = lt && !options.includePrerelease && lt.semver.prerelease.length ? lt.semver : false;
      let needDomGTPre = gt2 && !options.includePrerelease && gt2.semver.prerelease.length ? gt2.semver : false;
      if (needDomLTPre && needDomLTPre.prerelease.length === 1 && lt.operator === "<" && needDomLTPre.prerelease[0] === 0) {
        needDomLTPre = false;
      }
      for (const c of dom) {
        hasDomGT = hasDomGT || c.operator === ">" || c.operator === ">=";
        hasDomLT = hasDomLT || c.operator === "<" || c.operator === "<=";
        if (gt2) {
          if (needDomGTPre) {
            if (c.semver.prerelease && c.semver.prerelease.length && c.semver.major === needDomGTPre.major && c.semver.minor === needDomGTPre.minor && c.semver.patch === needDomGTPre.patch) {
              needDomGTPre = false;
            }
          }
          if (c.operator === ">" || c.operator === ">=") {
            higher = higherGT(gt2, c, options);
            if (higher === c && higher !== gt2) {
              return false;
            }
          } else if (gt2.operator === ">=" && !c.test(gt2.semver)) {
            return false;
          }
        }
        if (lt) {
          if (needDomLTPre) {
            if (c.semver.prerelease && c.semver.prerelease.length && c.semver.major === needDomLTPre.major && c.semver.minor === needDomLTPre.minor && c.semver.patch === needDomLTPre.patch) {
              needDomLTPre = false;
            }
          }
          if (c.operator === "<" || c.operator === "<=") {
            lower = lowerLT(lt, c, options);
            if (lower === c && lower !== lt) {
              return false;
            }
          } else if (lt.operator === "<=" && !c.test(lt.semver)) {
            return false;
          }
        }
        if (!c.operator && (lt || gt2) && gtltComp !== 0) {
          return false;
        }
      }
      if (gt2 && hasDomLT && !lt && gtltComp !== 0) {
        return false;
      }
      if (lt && hasDomGT && !gt2 && gtltComp !== 0) {
        return false;
      }
      if (needDomGTPre || needDomLTPre) {
        return false;
      }
      return true;
    };
    var higherGT = (a, b, options) => {
      if (!a) {
        return b;
      }
      const comp = compare(a.semver, b.semver, options);
      return comp > 0 ? a : comp < 0 ? b : b.operator === ">" && a.operator === ">=" ? b : a;
    };
    var lowerLT = (a, b, options) => {
      if (!a) {
        return b;
      }
      const comp = compare(a.semver, b.semver, options);
      return comp < 0 ? a : comp > 0 ? b : b.operator === "<" && a.operator === "<=" ? b : a;
    };
    module.exports = subset;
  }
});

// node_modules/semver/index.js
var require_semver2 = __commonJS({
  "node_modules/semver/index.js"(exports, module) {
    "use strict";
    var internalRe = require_re();
    var constants = require_constants();
    var SemVer = require_semver();
    var identifiers = require_identifiers();
    var parse = require_parse();
    var valid2 = require_valid();
    var clean = require_clean();
    var inc = require_inc();
    var diff = require_diff();
    var major = require_major();
    var minor = require_minor();
    var patch = require_patch();
    var prerelease = require_prerelease();
    var compare = require_compare();
    var rcompare = require_rcompare();
    var compareLoose = require_compare_loose();
    var compareBuild = require_compare_build();
    var sort = require_sort();
    var rsort = require_rsort();
    var gt2 = require_gt();
    var lt = require_lt();
    var eq2 = require_eq();
    var neq = require_neq();
    var gte = require_gte();
    var lte = require_lte();
    var cmp = require_cmp();
    var coerce = require_coerce();
    var truncate = require_truncate();
    var Comparator = require_comparator();
    var Range = require_range();
    var satisfies = require_satisfies();
    var toComparators = require_to_comparators();
    var maxSatisfying = require_max_satisfying();
    var minSatisfying = require_min_satisfying();
    var minVersion = require_min_version();
    var validRange = require_valid2();
    var outside = require_outside();
    var gtr = require_gtr();
    var ltr = require_ltr();
    var intersects = require_intersects();
    var simplifyRange = require_simplify();
    var subset = require_subset();
    module.exports = {
      parse,
      valid: valid2,
      clean,
      inc,
      diff,
      major,
      minor,
      patch,
      prerelease,
      compare,
      rcompare,
      compareLoose,
      compareBuild,
      sort,
      rsort,
      gt: gt2,
      lt,
      eq: eq2,
      neq,
      gte,
      lte,
      cmp,
      coerce,
      truncate,
      Comparator,
      Range,
      satisfies,
      toComparators,
      maxSatisfying,
      minSatisfying,
      minVersion,
      validRange,
      outside,
      gtr,
      ltr,
      intersects,
      simplifyRange,
      subset,
      SemVer,
      re: internalRe.re,
      src: internalRe.src,
      tokens: internalRe.t,
      SEMVER_SPEC_VERSION: constants.SEMVER_SPEC_VERSION,
      RELEASE_TYPES: constants.RELEASE_TYPES,
      compareIdentifiers: identifiers.compareIdentifiers,
      rcompareIdentifiers: identifiers.rcompareIdentifiers
    };
  }
});

// src/osv/http.ts
import { setTimeout as sleep } from "node:timers/promises";

// src/osv/backoff.ts
function backoffDelayMs(retry, baseMs, maxMs, random = Math.random) {
  const exponential = Math.min(maxMs, baseMs * 2 ** (retry - 1));
  return Math.round(exponential / 2 + exponential / 2 * random());
}
function parseRetryAfter(header, now = Date.now()) {
  if (header === null) return void 0;
  const text = header.trim();
  if (/^\d+$/.test(text)) return Number(text) * 1e3;
  if (!/[a-z]/i.test(text)) return void 0;
  const at = Date.parse(text);
  return Number.isNaN(at) ? void 0 : Math.max(0, at - now);
}

// src/osv/errors.ts
var OsvUnavailableError = class extends Error {
  name = "OsvUnavailableError";
  reason;
  /** Requests made for the failing call, retries included (0 when no request was made). */
  attempts;
  /** The HTTP status of the last answer, when there was one. */
  status;
  constructor(message, details) {
    super(message, details.cause === void 0 ? void 0 : { cause: details.cause });
    this.reason = details.reason;
    this.attempts = details.attempts ?? 0;
    this.status = details.status;
  }
};
function isOsvUnavailable(error) {
  return error instanceof OsvUnavailableError;
}

// src/osv/run.ts
function startRun(deadlineMs) {
  const controller = new AbortController();
  const endsAt = Date.now() + deadlineMs;
  const timer = setTimeout(() => stop({ kind: "deadline" }), deadlineMs);
  timer.unref();
  function stop(reason) {
    if (!controller.signal.aborted) controller.abort(reason);
    clearTimeout(timer);
  }
  return {
    signal: controller.signal,
    deadlineMs,
    remainingMs: () => Math.max(0, endsAt - Date.now()),
    fail: (error) => stop({ kind: "failed", error }),
    dispose: () => clearTimeout(timer)
  };
}
function runStop(run) {
  return run.signal.aborted ? run.signal.reason : void 0;
}
async function withRun(deadlineMs, work) {
  const run = startRun(deadlineMs);
  try {
    return await work(run);
  } finally {
    run.dispose();
  }
}

// src/osv/http.ts
async function requestJson(http, run, request, validate) {
  const label = `${request.method} ${request.path}`;
  for (let attempt = 1; ; attempt++) {
    stopIfRunEnded(run, label, attempt - 1);
    const outcome = await http.limiter.run(
      () => attemptOnce(http, run, request, validate, label, attempt)
    );
    if (outcome.ok) return outcome.value;
    const failure = outcome.failure;
    if (attempt > http.maxRetries) {
      throw new OsvUnavailableError(
        `OSV API unreachable: ${label} failed after ${attempt} attempt${attempt === 1 ? "" : "s"} (last: ${failure.description})`,
        { reason: "unreachable", attempts: attempt, status: failure.status }
      );
    }
    const waitMs = failure.retryAfterMs ?? backoffDelayMs(attempt, http.backoffBaseMs, http.maxBackoffMs, Math.random);
    if (waitMs >= run.remainingMs()) {
      throw deadlineError(run, label, attempt, `${failure.description}; next try in ${waitMs} ms`);
    }
    http.onLog?.(
      `OSV ${label}: ${failure.description}; retrying in ${waitMs} ms (attempt ${attempt + 1} of ${http.maxRetries + 1})`
    );
    await sleep(waitMs, void 0, { signal: run.signal }).catch(() => void 0);
  }
}
async function attemptOnce(http, run, request, validate, label, attempt) {
  const timeout = AbortSignal.timeout(http.requestTimeoutMs);
  const signal = AbortSignal.any([run.signal, timeout]);
  let text;
  let response;
  try {
    response = await http.fetch(new URL(request.path, http.baseUrl), {
      method: request.method,
      headers: requestHeaders(http, request),
      body: request.body === void 0 ? void 0 : JSON.stringify(request.body),
      signal
    });
    text = await response.text();
  } catch (error) {
    stopIfRunEnded(run, label, attempt);
    const description = timeout.aborted ? `no answer within ${http.requestTimeoutMs} ms` : `network error: ${networkMessage(error)}`;
    return { ok: false, failure: { description } };
  }
  if (response.status === 429 || response.status >= 500) {
    const retryAfterMs = parseRetryAfter(response.headers.get("retry-after"));
    return {
      ok: false,
      failure: { description: `HTTP ${response.status}`, status: response.status, retryAfterMs }
    };
  }
  if (!response.ok) {
    throw new OsvUnavailableError(
      `OSV API rejected ${label} with HTTP ${response.status}: ${snippet(text)}`,
      { reason: "rejected", attempts: attempt, status: response.status }
    );
  }
  let json;
  try {
    json = JSON.parse(text);
  } catch {
    return {
      ok: false,
      failure: {
        description: `incomplete body (${text.length} characters)`,
        status: response.status
      }
    };
  }
  return { ok: true, value: validate(json, label, attempt) };
}
function requestHeaders(http, request) {
  const headers = {
    "user-agent": http.userAgent,
    accept: "application/json"
  };
  if (request.body !== void 0) headers["content-type"] = "application/json";
  return headers;
}
function stopIfRunEnded(run, label, attempts) {
  const stop = runStop(run);
  if (stop === void 0) return;
  if (stop.kind === "failed") throw stop.error;
  throw deadlineError(run, label, attempts, "stopped at the deadline");
}
function deadlineError(run, label, attempts, last) {
  return new OsvUnavailableError(
    `OSV API did not answer within the ${duration(run.deadlineMs)} deadline: ${label} (${attempts} attempt${attempts === 1 ? "" : "s"}; last: ${last})`,
    { reason: "deadline", attempts }
  );
}
function duration(ms) {
  return ms >= 1e4 && ms % 1e3 === 0 ? `${ms / 1e3} s` : `${ms} ms`;
}
function networkMessage(error) {
  if (!(error instanceof Error)) return String(error);
  const cause = error.cause;
  return cause?.code ?? cause?.message ?? error.message;
}
function snippet(text) {
  const oneLine = text.replace(/\s+/g, " ").trim();
  return oneLine.length > 200 ? `${oneLine.slice(0, 200)}\u2026` : oneLine || "(empty body)";
}

// src/osv/pool.ts
function createLimiter(limit) {
  let active = 0;
  const waiting = [];
  const release = () => {
    const next = waiting.shift();
    if (next === void 0) active--;
    else next();
  };
  return {
    async run(task) {
      if (active < limit) active++;
      else await new Promise((resolve) => waiting.push(resolve));
      try {
        return await task();
      } finally {
        release();
      }
    }
  };
}
async function allOrFirstError(tasks, onFailure) {
  let failure;
  const settled = await Promise.all(
    tasks.map(
      (task) => task.catch((error) => {
        if (failure === void 0) {
          failure = error instanceof Error ? error : new Error(String(error));
          onFailure?.(failure);
        }
        return void 0;
      })
    )
  );
  if (failure !== void 0) throw failure;
  return settled;
}

// src/osv/schemas.ts
var severityEntry = looseObject({
  type: string(),
  score: string()
});
var EVENT_KEYS = ["introduced", "fixed", "last_affected", "limit"];
var rangeEvent = looseObject({
  introduced: string().optional(),
  fixed: string().optional(),
  last_affected: string().optional(),
  limit: string().optional()
}).refine((event) => EVENT_KEYS.filter((key) => event[key] !== void 0).length === 1, {
  error: "a range event must hold exactly one of introduced, fixed, last_affected, limit"
});
var range = looseObject({
  type: string(),
  repo: string().optional(),
  events: array(rangeEvent)
});
var freeForm = record(string(), unknown());
var affected = looseObject({
  package: looseObject({
    ecosystem: string(),
    name: string(),
    purl: string().optional()
  }).optional(),
  ranges: array(range).optional(),
  versions: array(string()).optional(),
  severity: array(severityEntry).optional(),
  ecosystem_specific: freeForm.optional(),
  database_specific: freeForm.optional()
});
var reference = looseObject({ type: string(), url: string() });
var vulnerabilitySchema = looseObject({
  id: string().min(1),
  modified: string(),
  published: string().optional(),
  withdrawn: string().optional(),
  aliases: array(string()).optional(),
  related: array(string()).optional(),
  summary: string().optional(),
  details: string().optional(),
  severity: array(severityEntry).optional(),
  affected: array(affected).optional(),
  references: array(reference).optional(),
  database_specific: freeForm.optional()
});
var vulnRef = looseObject({ id: string().min(1), modified: string() });
var batchResult = looseObject({
  vulns: array(vulnRef).optional(),
  next_page_token: string().optional()
});
var queryBatchResponseSchema = looseObject({
  results: array(batchResult)
});
function describeSchemaError(error) {
  return error.issues.slice(0, 3).map((issue) => `${issue.path.map(String).join(".") || "(body)"}: ${issue.message}`).join("; ");
}

// src/osv/responses.ts
function validator(schema, what) {
  return (json, label, attempts) => {
    const parsed = schema.safeParse(json);
    if (parsed.success) return parsed.data;
    throw new OsvUnavailableError(
      `OSV API answered ${label} with a body that is not ${what}: ${describeSchemaError(parsed.error)}`,
      { reason: "invalid-response", attempts }
    );
  };
}
var validateBatch = validator(queryBatchResponseSchema, "a querybatch response");
var validateRecord = validator(vulnerabilitySchema, "a vulnerability record");

// src/osv/querybatch.ts
var MAX_QUERIES_PER_BATCH = 1e3;
var MAX_PAGES = 100;
function queryFor(pkg) {
  const version = pkg.ecosystem === "Go" ? pkg.version.replace(/^v/, "") : pkg.version;
  return { package: { ecosystem: pkg.ecosystem, name: pkg.name }, version };
}
var NO_HITS = [];
async function runQueryBatch(http, run, packages, onChunk) {
  const { queries, queryOf } = distinctQueries(packages);
  const post = (body) => requestJson(http, run, { method: "POST", path: "/v1/querybatch", body }, validateBatch);
  const chunks = chunk(queries, MAX_QUERIES_PER_BATCH);
  const answers = await allOrFirstError(
    chunks.map(async (part) => {
      const hits = await queryChunk(part, post);
      onChunk?.(hits);
      return hits;
    }),
    (error) => run.fail(error)
  );
  const result = /* @__PURE__ */ new Map();
  for (let index = 0; index < packages.length; index++) {
    const q = queryOf[index];
    const hits = answers[Math.floor(q / MAX_QUERIES_PER_BATCH)]?.[q % MAX_QUERIES_PER_BATCH];
    result.set(index, hits ?? NO_HITS);
  }
  return result;
}
function distinctQueries(packages) {
  const queries = [];
  const queryOf = new Int32Array(packages.length);
  const seen = /* @__PURE__ */ new Map();
  for (let index = 0; index < packages.length; index++) {
    const query = queryFor(packages[index]);
    const key = `${query.package.ecosystem}\0${query.package.name}\0${query.version}`;
    const known = seen.get(key);
    if (known === void 0) {
      seen.set(key, queries.length);
      queryOf[index] = queries.length;
      queries.push(query);
    } else queryOf[index] = known;
  }
  return { queries, queryOf };
}
function chunk(items, size) {
  const chunks = [];
  for (let start = 0; start < items.length; start += size) {
    chunks.push(items.slice(start, start + size));
  }
  return chunks;
}
async function queryChunk(queries, post) {
  const hits = new Array(queries.length).fill(NO_HITS);
  let pending;
  for (let page = 1; pending === void 0 || pending.length > 0; page++) {
    if (page > MAX_PAGES) {
      throw new OsvUnavailableError(`OSV API kept paging a querybatch past ${MAX_PAGES} pages`, {
        reason: "invalid-response"
      });
    }
    const asked = pending?.length ?? queries.length;
    const body = {
      queries: pending === void 0 ? queries : pending.map(({ index, token }) => ({ ...queries[index], page_token: token }))
    };
    const response = await post(body);
    if (response.results.length !== asked) {
      throw new OsvUnavailableError(
        `OSV API answered a querybatch of ${asked} queries with ${response.results.length} results`,
        { reason: "invalid-response" }
      );
    }
    pending = nextPage(pending, response, hits);
  }
  return hits;
}
function nextPage(pending, response, hits) {
  const next = [];
  response.results.forEach((result, position) => {
    const asked = pending?.[position];
    const index = asked === void 0 ? position : asked.index;
    const vulns = result.vulns ?? [];
    if (vulns.length > 0) {
      const own = hits[index] === NO_HITS ? hits[index] = [] : hits[index];
      for (const { id, modified } of vulns) own.push({ id, modified });
    }
    const nextToken = result.next_page_token;
    if (nextToken === void 0 || nextToken === "") return;
    if (nextToken === asked?.token) {
      throw new OsvUnavailableError("OSV API returned the same page token twice for one query", {
        reason: "invalid-response"
      });
    }
    next.push({ index, token: nextToken });
  });
  return next;
}

// src/osv/client.ts
function createOsvClient(options = {}) {
  const http = {
    baseUrl: options.baseUrl ?? "https://api.osv.dev",
    fetch: options.fetch ?? globalThis.fetch,
    requestTimeoutMs: options.requestTimeoutMs ?? 4e4,
    maxRetries: options.maxRetries ?? 3,
    userAgent: options.userAgent ?? "serverless-gate",
    backoffBaseMs: options.backoffBaseMs ?? 1e3,
    maxBackoffMs: options.maxBackoffMs ?? 3e4,
    limiter: createLimiter(Math.max(1, options.concurrency ?? 10)),
    onLog: options.onLog
  };
  const deadlineMs = options.deadlineMs ?? 3e5;
  const records = /* @__PURE__ */ new Map();
  function recordFor(run, id) {
    let pending = records.get(id);
    if (pending === void 0) {
      pending = fetchRecord(http, run, id);
      records.set(id, pending);
      pending.catch((error) => {
        records.delete(id);
        run.fail(error);
      });
    }
    return pending;
  }
  async function download(run, ids) {
    const distinct = [...new Set(ids)];
    const list = await allOrFirstError(
      distinct.map((id) => recordFor(run, id)),
      (error) => run.fail(error)
    );
    return new Map(list.map((record2, i) => [distinct[i], record2]));
  }
  async function lookupIn2(run, packages) {
    const hits = await runQueryBatch(http, run, packages, (chunkHits) => {
      for (const refs of chunkHits) for (const ref of refs) void recordFor(run, ref.id);
    });
    const ids = [...hits.values()].flatMap((refs) => refs.map((ref) => ref.id));
    return attachRecords(hits, await download(run, ids));
  }
  return {
    queryBatch: (packages) => withRun(deadlineMs, (run) => runQueryBatch(http, run, packages)),
    getVulns: (ids) => withRun(deadlineMs, (run) => download(run, ids)),
    lookup: (packages) => withRun(deadlineMs, (run) => lookupIn2(run, packages))
  };
}
function fetchRecord(http, run, id) {
  const path = `/v1/vulns/${encodeURIComponent(id)}`;
  return requestJson(http, run, { method: "GET", path }, validateRecord);
}
function attachRecords(hits, byId) {
  const records = /* @__PURE__ */ new Map();
  for (const [index, refs] of hits) {
    if (refs.length === 0) continue;
    const ids = [...new Set(refs.map((ref) => ref.id))];
    records.set(
      index,
      ids.map((id) => byId.get(id)).filter((r) => r !== void 0)
    );
  }
  return { records, diagnostics: [] };
}

// src/osv/versions/types.ts
var InvalidVersionError = class extends Error {
  constructor(ordering, version) {
    super(`"${version}" is not a valid ${ordering} version`);
    this.ordering = ordering;
    this.version = version;
  }
  ordering;
  version;
  name = "InvalidVersionError";
};
function comparatorFrom(name, parse, order) {
  const cache = /* @__PURE__ */ new Map();
  const parsed = (version) => {
    if (!cache.has(version)) {
      if (cache.size > 1e4) cache.clear();
      cache.set(version, parse(version));
    }
    return cache.get(version);
  };
  const require2 = (version) => {
    const value = parsed(version);
    if (value === void 0) throw new InvalidVersionError(name, version);
    return value;
  };
  return {
    name,
    isValid: (version) => parsed(version) !== void 0,
    compare: (a, b) => Math.sign(order(require2(a), require2(b)))
  };
}

// src/osv/versions/maven.ts
var KNOWN_QUALIFIERS = ["alpha", "beta", "milestone", "rc", "snapshot", "", "sp"];
var QUALIFIER_ALIASES = { cr: "rc", ga: "", final: "", release: "" };
var SHORT_QUALIFIERS = { a: "alpha", b: "beta", m: "milestone" };
function parseMavenVersion(version) {
  const text = version.trim().toLowerCase();
  if (text === "" || text.length > 256 || /\s/.test(text)) return void 0;
  return trimNulls(tokenize(text));
}
function tokenize(text) {
  const tokens = [];
  let start = 0;
  let hyphen = false;
  const flush = (end, followedByDigit) => {
    tokens.push(makeToken(text.slice(start, end), hyphen, followedByDigit));
  };
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (char === "." || char === "-") {
      flush(i, false);
      hyphen = char === "-";
      start = i + 1;
    } else if (i > start && isDigit(char) !== isDigit(text[i - 1])) {
      flush(i, isDigit(char));
      hyphen = true;
      start = i;
    }
  }
  flush(text.length, false);
  return tokens;
}
function makeToken(raw, hyphen, followedByDigit) {
  if (raw === "") return { hyphen, value: 0n };
  if (/^\d+$/.test(raw)) return { hyphen, value: BigInt(raw) };
  const expanded = followedByDigit ? ownValue(SHORT_QUALIFIERS, raw) ?? raw : raw;
  return { hyphen: true, value: ownValue(QUALIFIER_ALIASES, expanded) ?? expanded };
}
function trimNulls(tokens) {
  const groups = [];
  for (const token of tokens) {
    if (token.hyphen || groups.length === 0) groups.push([]);
    groups[groups.length - 1]?.push(token);
  }
  return groups.flatMap((group) => {
    const kept = [...group];
    while (kept.length > 0 && isNull(kept[kept.length - 1])) kept.pop();
    return kept;
  });
}
function isNull(token) {
  return token.value === 0n || token.value === "";
}
function isDigit(char) {
  return char >= "0" && char <= "9";
}
function prefixRank(token) {
  if (typeof token.value === "string") return 0;
  return token.hyphen ? 1 : 2;
}
function qualifierKey(qualifier) {
  const known = KNOWN_QUALIFIERS.indexOf(qualifier);
  return known >= 0 ? [known, ""] : [KNOWN_QUALIFIERS.length, qualifier];
}
function compareTokens(a, b) {
  const rank = prefixRank(a) - prefixRank(b);
  if (rank !== 0) return rank;
  if (typeof a.value === "bigint" && typeof b.value === "bigint") {
    return a.value === b.value ? 0 : a.value < b.value ? -1 : 1;
  }
  const [ka, sa] = qualifierKey(a.value);
  const [kb, sb] = qualifierKey(b.value);
  return ka !== kb ? ka - kb : sa.localeCompare(sb, "en");
}
function nullLike(token) {
  return { hyphen: token.hyphen, value: typeof token.value === "bigint" ? 0n : "" };
}
function compareTokenLists(a, b) {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const left = a[i] ?? nullLike(b[i]);
    const right = b[i] ?? nullLike(left);
    const order = compareTokens(left, right);
    if (order !== 0) return order;
  }
  return 0;
}
var mavenOrdering = comparatorFrom(
  "Maven",
  parseMavenVersion,
  compareTokenLists
);

// src/osv/versions/nuget.ts
var PATTERN = /^(\d+)(?:\.(\d+))?(?:\.(\d+))?(?:\.(\d+))?(?:-([0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*))?(?:\+[0-9A-Za-z.-]+)?$/;
function parseNuGetVersion(version) {
  const match = PATTERN.exec(version.trim());
  if (match === null) return void 0;
  const parts = [1, 2, 3, 4].map((i) => BigInt(match[i] ?? "0"));
  return { parts, prerelease: match[5] === void 0 ? [] : match[5].split(".") };
}
function compareBig(a, b) {
  return a === b ? 0 : a < b ? -1 : 1;
}
function compareLabel(a, b) {
  const numericA = /^\d+$/.test(a);
  const numericB = /^\d+$/.test(b);
  if (numericA && numericB) return compareBig(BigInt(a), BigInt(b));
  if (numericA !== numericB) return numericA ? -1 : 1;
  const upperA = a.toUpperCase();
  const upperB = b.toUpperCase();
  return upperA === upperB ? 0 : upperA < upperB ? -1 : 1;
}
function comparePrerelease(a, b) {
  if (a.length === 0 || b.length === 0) return b.length - a.length;
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const order = compareLabel(a[i], b[i]);
    if (order !== 0) return order;
  }
  return a.length - b.length;
}
function compareNuGet(a, b) {
  for (let i = 0; i < 4; i++) {
    const order = compareBig(a.parts[i], b.parts[i]);
    if (order !== 0) return order;
  }
  return comparePrerelease(a.prerelease, b.prerelease);
}
var nugetOrdering = comparatorFrom(
  "NuGet",
  parseNuGetVersion,
  compareNuGet
);

// src/osv/versions/php-version-compare.ts
var SPECIAL_FORMS = [
  ["dev", 0],
  ["alpha", 1],
  ["a", 1],
  ["beta", 2],
  ["b", 2],
  ["RC", 3],
  ["rc", 3],
  ["#", 4],
  ["pl", 5],
  ["p", 5]
];
var NUMBER_RANK = 4;
function isDigit2(char) {
  return char !== void 0 && char >= "0" && char <= "9";
}
function phpVersionParts(version) {
  const parts = [];
  let current = "";
  for (const char of version) {
    const alphanumeric = /[0-9A-Za-z]/.test(char);
    const switches = current !== "" && isDigit2(char) !== isDigit2(current[current.length - 1]);
    if (!alphanumeric || switches) {
      if (current !== "") parts.push(current);
      current = alphanumeric ? char : "";
    } else {
      current += char;
    }
  }
  if (current !== "") parts.push(current);
  return parts;
}
function specialRank(part) {
  if (isDigit2(part[0])) return NUMBER_RANK;
  return SPECIAL_FORMS.find(([form]) => part.startsWith(form))?.[1] ?? -1;
}
function comparePart(a, b) {
  if (isDigit2(a[0]) && isDigit2(b[0])) {
    const order = BigInt(a) - BigInt(b);
    return order === 0n ? 0 : order < 0n ? -1 : 1;
  }
  return Math.sign(specialRank(a) - specialRank(b));
}
function phpVersionCompare(a, b) {
  const left = phpVersionParts(a);
  const right = phpVersionParts(b);
  for (let i = 0; i < Math.min(left.length, right.length); i++) {
    const order = comparePart(left[i], right[i]);
    if (order !== 0) return order;
  }
  if (left.length > right.length) return tailOrder(left[right.length]);
  if (right.length > left.length) return -tailOrder(right[left.length]);
  return 0;
}
function tailOrder(part) {
  return isDigit2(part[0]) ? 1 : Math.sign(specialRank(part) - NUMBER_RANK);
}

// src/osv/versions/packagist.ts
var MODIFIER = "[._-]?(?:(stable|beta|b|rc|alpha|a|patch|pl|p)((?:[.-]?\\d+)*)?)?([.-]?dev)?";
var CLASSICAL = new RegExp(`^(\\d{1,5})(\\.\\d+)?(\\.\\d+)?(\\.\\d+)?${MODIFIER}$`, "i");
var DATE = new RegExp(`^(\\d{4}(?:[.:-]?\\d{2}){1,6}(?:[.:-]?\\d{1,3}){0,2})${MODIFIER}$`, "i");
var STABILITY_NAMES = {
  a: "alpha",
  alpha: "alpha",
  b: "beta",
  beta: "beta",
  rc: "RC",
  p: "patch",
  pl: "patch",
  patch: "patch"
};
function normalizeComposerVersion(version) {
  const text = version.trim().replace(/^([^,\s+]+)\+\S+$/, "$1").replace(/^v/i, "");
  const classical = CLASSICAL.exec(text);
  if (classical !== null) {
    const base = [
      classical[1],
      classical[2] ?? ".0",
      classical[3] ?? ".0",
      classical[4] ?? ".0"
    ].join("");
    return withModifier(base, classical[5], classical[6], classical[7]);
  }
  const date = DATE.exec(text);
  if (date !== null) {
    return withModifier(date[1].replace(/\D/g, "."), date[2], date[3], date[4]);
  }
  return void 0;
}
function withModifier(base, stability, number, dev) {
  const name = stability?.toLowerCase();
  if (name === "stable") return base;
  let version = base;
  if (name !== void 0)
    version += `-${STABILITY_NAMES[name] ?? name}${(number ?? "").replace(/^[.-]/, "")}`;
  if (dev !== void 0) version += "-dev";
  return version;
}
var packagistOrdering = comparatorFrom(
  "Packagist",
  normalizeComposerVersion,
  phpVersionCompare
);

// src/osv/versions/pypi.ts
var import_pep440 = __toESM(require_pep440(), 1);
var pypiOrdering = comparatorFrom(
  "PyPI",
  (version) => import_pep440.default.valid(version) === null ? void 0 : version,
  (a, b) => import_pep440.default.compare(a, b)
);

// src/osv/versions/rubygems.ts
var import_ruby_semver = __toESM(require_dist(), 1);
var rubygemsOrdering = comparatorFrom(
  "RubyGems",
  (version) => (0, import_ruby_semver.valid)(version) === null ? void 0 : version,
  (a, b) => (0, import_ruby_semver.eq)(a, b) ? 0 : (0, import_ruby_semver.gt)(a, b) ? 1 : -1
);

// src/osv/versions/semver.ts
var import_semver = __toESM(require_semver2(), 1);
function parseSemver(version) {
  const text = version.trim();
  const padded = /^\d+(\.\d+)?$/.test(text) ? `${text}.0.0`.split(".").slice(0, 3).join(".") : text;
  return import_semver.default.parse(padded) ?? void 0;
}
function semverComparator(name, parse) {
  return comparatorFrom(name, parse, (a, b) => a.compare(b));
}
var semverOrdering = semverComparator("SEMVER", parseSemver);
var npmOrdering = semverComparator("npm", parseSemver);
var cratesOrdering = semverComparator("crates.io", parseSemver);
var goOrdering = semverComparator(
  "Go",
  (version) => parseSemver(version.trim().replace(/^v/, ""))
);

// src/osv/versions/index.ts
var BY_ECOSYSTEM = {
  npm: npmOrdering,
  PyPI: pypiOrdering,
  Go: goOrdering,
  "crates.io": cratesOrdering,
  RubyGems: rubygemsOrdering,
  Packagist: packagistOrdering,
  Maven: mavenOrdering,
  NuGet: nugetOrdering
};
function comparatorFor(ecosystem) {
  const base = ecosystem.split(":")[0];
  return Object.hasOwn(BY_ECOSYSTEM, base) ? BY_ECOSYSTEM[base] : void 0;
}
function compareVersions(ecosystem, a, b) {
  const comparator = comparatorFor(ecosystem);
  if (comparator === void 0 || !comparator.isValid(a) || !comparator.isValid(b)) return void 0;
  return comparator.compare(a, b);
}

// src/osv/match.ts
function normalizedName(ecosystem, name) {
  if (ecosystem === "PyPI") return name.toLowerCase().replace(/[-_.]+/g, "-");
  return ecosystem === "NuGet" ? name.toLowerCase() : name;
}
function affectedEntries(record2, pkg) {
  const wanted = normalizedName(pkg.ecosystem, pkg.name);
  return (record2.affected ?? []).filter(
    (entry) => entry.package?.ecosystem === pkg.ecosystem && normalizedName(pkg.ecosystem, entry.package.name) === wanted
  );
}
function osvVersion(pkg) {
  const version = pkg.version.trim();
  return pkg.ecosystem === "Go" ? version.replace(/^v/, "") : version;
}
function orderingForRange(range2, ecosystem) {
  if (range2.type === "SEMVER") return semverOrdering;
  if (range2.type === "ECOSYSTEM") return comparatorFor(ecosystem);
  return void 0;
}
function rangeContains(range2, version, ordering) {
  if (!ordering.isValid(version)) return void 0;
  const events = range2.events;
  if (!events.every((event) => eventIsComparable(event, ordering))) return void 0;
  const limits = events.map((event) => event.limit).filter((limit) => limit !== void 0);
  if (limits.length > 0 && !limits.some((limit) => limit === "*" || ordering.compare(version, limit) < 0)) {
    return false;
  }
  let affected2 = false;
  for (const event of sortEvents(events, ordering)) {
    if (event.introduced !== void 0 && atOrAbove(version, event.introduced, ordering))
      affected2 = true;
    else if (event.fixed !== void 0 && ordering.compare(version, event.fixed) >= 0)
      affected2 = false;
    else if (event.last_affected !== void 0 && ordering.compare(version, event.last_affected) > 0) {
      affected2 = false;
    }
  }
  return affected2;
}
function eventVersion(event) {
  return event.introduced ?? event.fixed ?? event.last_affected ?? event.limit ?? "";
}
function eventIsComparable(event, ordering) {
  const version = eventVersion(event);
  return event.introduced === "0" || version === "*" || ordering.isValid(version);
}
function atOrAbove(version, introduced, ordering) {
  return introduced === "0" || ordering.compare(version, introduced) >= 0;
}
function sortEvents(events, ordering) {
  const sortable = events.filter((event) => event.limit === void 0);
  return sortable.sort((a, b) => {
    if (a.introduced === "0") return b.introduced === "0" ? 0 : -1;
    if (b.introduced === "0") return 1;
    return ordering.compare(eventVersion(a), eventVersion(b));
  });
}
function isAffected(record2, pkg) {
  const version = osvVersion(pkg);
  let undecided = false;
  for (const entry of affectedEntries(record2, pkg)) {
    if (listsVersion(entry, version, pkg.ecosystem)) return true;
    for (const range2 of entry.ranges ?? []) {
      const ordering = orderingForRange(range2, pkg.ecosystem);
      if (ordering === void 0) continue;
      const inside = rangeContains(range2, version, ordering);
      if (inside === true) return true;
      if (inside === void 0) undecided = true;
    }
  }
  return undecided ? void 0 : false;
}
function listsVersion(entry, version, ecosystem) {
  const listed = entry.versions ?? [];
  if (listed.includes(version)) return true;
  const ordering = comparatorFor(ecosystem);
  if (ordering === void 0 || !ordering.isValid(version)) return false;
  return listed.some((item) => ordering.isValid(item) && ordering.compare(item, version) === 0);
}

// src/osv/fix.ts
function smallestFix(flaws, pkg) {
  const ids = flaws.map((flaw) => flaw.id);
  const ordering = comparatorFor(pkg.ecosystem);
  const installed = osvVersion(pkg);
  if (ordering === void 0 || !ordering.isValid(installed)) {
    const reason = `version "${pkg.version}" cannot be ordered among ${pkg.ecosystem} versions`;
    return { reason, fixes: [], unfixed: ids };
  }
  const records = flaws.flatMap((flaw) => flaw.records);
  const candidates = fixedVersions(records, pkg).filter((version) => ordering.isValid(version) && ordering.compare(version, installed) > 0).sort((a, b) => ordering.compare(a, b));
  let best;
  for (const candidate of candidates) {
    const upgraded = { ...pkg, version: candidate };
    const fixed = (flaw) => flaw.records.every((r) => isAffected(r, upgraded) === false);
    const advice = {
      fixedIn: styled(candidate, pkg),
      fixes: flaws.filter(fixed).map((flaw) => flaw.id),
      unfixed: flaws.filter((flaw) => !fixed(flaw)).map((flaw) => flaw.id)
    };
    if (advice.unfixed.length === 0) return advice;
    if (best === void 0 || advice.fixes.length > best.fixes.length) best = advice;
  }
  if (best !== void 0 && best.fixes.length > 0) {
    const unfixed = flaws.filter((flaw) => best?.unfixed.includes(flaw.id));
    return { ...best, reason: noFixReason(unfixed, pkg) };
  }
  return { reason: noFixReason(flaws, pkg), fixes: [], unfixed: ids };
}
function styled(version, pkg) {
  return pkg.ecosystem === "Go" && pkg.version.trim().startsWith("v") ? `v${version}` : version;
}
function fixedVersions(records, pkg) {
  const versions = /* @__PURE__ */ new Set();
  for (const record2 of records) {
    for (const entry of affectedEntries(record2, pkg)) {
      for (const range2 of entry.ranges ?? []) {
        if (orderingForRange(range2, pkg.ecosystem) === void 0) continue;
        for (const event of range2.events) if (event.fixed !== void 0) versions.add(event.fixed);
      }
    }
  }
  return [...versions];
}
function noFixReason(flaws, pkg) {
  const lastAffected = flaws.flatMap((flaw) => flaw.records).flatMap(
    (record2) => affectedEntries(record2, pkg).flatMap(
      (entry) => (entry.ranges ?? []).flatMap((range2) => range2.events.map((event) => event.last_affected))
    )
  );
  const ids = flaws.map((flaw) => flaw.id).join(", ");
  const known = lastAffected.filter((v) => v !== void 0);
  const suffix = known.length > 0 ? ` (last affected: ${[...new Set(known)].join(", ")})` : "";
  return `no fixed version of \`${pkg.name}\` is known for ${ids}${suffix}`;
}
function describeFix(advice, pkg) {
  if (advice.fixedIn === void 0)
    return advice.reason ?? `no fixed version of \`${pkg.name}\` is known`;
  const total = advice.fixes.length + advice.unfixed.length;
  const count = advice.unfixed.length === 0 ? `fixes ${total}` : `fixes ${advice.fixes.length} of ${total}`;
  const rest = advice.unfixed.length === 0 ? "" : `; ${advice.reason ?? ""}`;
  return `upgrade \`${pkg.name}\` ${pkg.version} \u2192 ${advice.fixedIn} (${count}${rest})`;
}

// src/osv/offline-files.ts
import { createReadStream } from "node:fs";
import { readdir, readFile, stat } from "node:fs/promises";
import { join, relative } from "node:path";
var MAX_RECORD_BYTES = 8 * 1024 * 1024;
async function readRecordFiles(path, onRecord, onProblem) {
  const info = await stat(path);
  if (info.isDirectory()) return readDirectory(path, onRecord, onProblem);
  return readZip(path, onRecord, onProblem);
}
async function readDirectory(dir, onRecord, onProblem) {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const pathsOf = (extension) => entries.filter((entry) => entry.isFile() && entry.name.endsWith(extension)).map((entry) => join(entry.parentPath, entry.name)).sort();
  for (const zip of pathsOf(".zip")) {
    const prefix = `${relative(dir, zip).split("\\").join("/")}:`;
    await readZip(
      zip,
      (file) => onRecord({ ...file, name: prefix + file.name }),
      (problem) => onProblem({ ...problem, name: prefix + problem.name })
    );
  }
  for (const file of pathsOf(".json")) {
    const name = relative(dir, file).split("\\").join("/");
    const size = (await stat(file)).size;
    if (size > MAX_RECORD_BYTES) {
      onProblem({ name, message: `${size} bytes is too large for an OSV record; skipped` });
      continue;
    }
    onRecord({ name, text: await readFile(file, "utf8") });
  }
}
async function readZip(path, onRecord, onProblem) {
  const { Unzip, UnzipInflate, UnzipPassThrough } = await import("./chunk-R2ZOSOLZ.js");
  return new Promise((resolve, reject) => {
    const unzip = new Unzip((file) => readZipEntry(file, onRecord, onProblem));
    unzip.register(UnzipInflate);
    unzip.register(UnzipPassThrough);
    const stream = createReadStream(path);
    stream.on("data", (chunk2) => {
      try {
        unzip.push(chunk2);
      } catch (error) {
        stream.destroy();
        reject(error instanceof Error ? error : new Error(String(error)));
      }
    });
    stream.on("end", () => {
      try {
        unzip.push(new Uint8Array(0), true);
        resolve();
      } catch (error) {
        reject(error instanceof Error ? error : new Error(String(error)));
      }
    });
    stream.on("error", reject);
  });
}
function readZipEntry(file, onRecord, onProblem) {
  if (!file.name.endsWith(".json")) return;
  const chunks = [];
  let size = 0;
  file.ondata = (error, data, final) => {
    if (error !== null)
      return onProblem({ name: file.name, message: `cannot be decompressed: ${error.message}` });
    size += data.length;
    if (size > MAX_RECORD_BYTES) {
      file.terminate();
      return onProblem({ name: file.name, message: "too large for an OSV record; skipped" });
    }
    chunks.push(data);
    if (final) onRecord({ name: file.name, text: Buffer.concat(chunks).toString("utf8") });
  };
  try {
    file.start();
  } catch (error) {
    onProblem({
      name: file.name,
      message: `cannot be read: ${errorMessage(error)}`
    });
  }
}

// src/osv/offline.ts
async function openOfflineDatabase(path) {
  const byId = /* @__PURE__ */ new Map();
  const problems = [];
  const onProblem = ({ name, message }) => problems.push(
    diagnostic(
      name,
      `${name}: ${message}; the packages this offline vulnerability record describes were not checked against it`,
      "osv-offline-record"
    )
  );
  try {
    await readRecordFiles(path, (file) => addRecord(file, byId, onProblem), onProblem);
  } catch (error) {
    throw new OsvUnavailableError(
      `The offline vulnerability database ${path} cannot be read: ${errorMessage(error)}`,
      { reason: "offline-database", cause: error }
    );
  }
  if (byId.size === 0) {
    throw new OsvUnavailableError(
      `The offline vulnerability database ${path} holds no OSV records`,
      {
        reason: "offline-database"
      }
    );
  }
  const index = indexByPackage(byId.values());
  let unreported = problems;
  return {
    problems,
    recordCount: byId.size,
    lookup: async (packages) => {
      const result = lookupIn(index, packages);
      result.diagnostics.push(...unreported);
      unreported = [];
      return result;
    }
  };
}
function addRecord(file, byId, onProblem) {
  let json;
  try {
    json = JSON.parse(file.text);
  } catch (error) {
    return onProblem({
      name: file.name,
      message: `is not valid JSON (${error.message})`
    });
  }
  const parsed = vulnerabilitySchema.safeParse(json);
  if (!parsed.success) {
    return onProblem({
      name: file.name,
      message: `is not an OSV record: ${describeSchemaError(parsed.error)}`
    });
  }
  const { details: _details, references: _references, ...record2 } = parsed.data;
  const known = byId.get(record2.id);
  if (known === void 0 || known.modified < record2.modified) byId.set(record2.id, record2);
}
function indexByPackage(records) {
  const index = /* @__PURE__ */ new Map();
  for (const record2 of records) {
    for (const entry of record2.affected ?? []) {
      if (entry.package === void 0) continue;
      const { ecosystem, name } = entry.package;
      let names = index.get(ecosystem);
      if (names === void 0) index.set(ecosystem, names = /* @__PURE__ */ new Map());
      const key = normalizedName(ecosystem, name);
      const list = names.get(key);
      if (list === void 0) names.set(key, [record2]);
      else if (list[list.length - 1] !== record2) list.push(record2);
    }
  }
  return index;
}
function lookupIn(index, packages) {
  const records = /* @__PURE__ */ new Map();
  const diagnostics = [];
  for (let position = 0; position < packages.length; position++) {
    const pkg = packages[position];
    const candidates = index.get(pkg.ecosystem)?.get(normalizedName(pkg.ecosystem, pkg.name));
    if (candidates === void 0) continue;
    const matched = [];
    let undecided = false;
    for (const record2 of candidates) {
      if (record2.withdrawn !== void 0) continue;
      const affected2 = isAffected(record2, pkg);
      if (affected2 === true) matched.push(record2);
      if (affected2 === void 0) undecided = true;
    }
    if (matched.length > 0) records.set(position, matched);
    if (undecided) diagnostics.push(unorderedVersion(pkg));
  }
  return { records, diagnostics };
}
function unorderedVersion(pkg) {
  return diagnostic(
    pkg.location.file,
    `${pkg.ecosystem} package \`${pkg.name}\` has version "${pkg.version}", which cannot be compared with the offline database's ranges: it was not checked`,
    "osv-version-unordered",
    pkg.location
  );
}

// src/osv/aliases.ts
var PREFERENCE = ["GHSA-", "PYSEC-", "GO-", "RUSTSEC-", "RUBYSEC-", "MAL-"];
function preference(id) {
  const rank = PREFERENCE.findIndex((prefix) => id.startsWith(prefix));
  if (rank >= 0) return rank;
  return id.startsWith("CVE-") ? PREFERENCE.length + 1 : PREFERENCE.length;
}
function preferredId(ids) {
  return [...ids].sort((a, b) => preference(a) - preference(b) || a.localeCompare(b))[0];
}
function groupByAlias(records) {
  const parent = /* @__PURE__ */ new Map();
  const find = (id) => {
    let root = id;
    for (let up = parent.get(root); up !== void 0 && up !== root; up = parent.get(root))
      root = up;
    parent.set(id, root);
    return root;
  };
  const union = (a, b) => parent.set(find(a), find(b));
  for (const record2 of records) {
    for (const id of [record2.id, ...record2.aliases ?? []]) if (!parent.has(id)) parent.set(id, id);
    for (const alias of record2.aliases ?? []) union(record2.id, alias);
  }
  const groups = /* @__PURE__ */ new Map();
  for (const record2 of records) {
    const root = find(record2.id);
    const members = groups.get(root) ?? [];
    if (!members.some((member) => member.id === record2.id)) members.push(record2);
    groups.set(root, members);
  }
  return [...groups.values()].map((members) => {
    const id = preferredId(members.map((member) => member.id));
    const all = new Set(members.flatMap((member) => [member.id, ...member.aliases ?? []]));
    all.delete(id);
    return { id, aliases: [...all].sort(), records: members };
  });
}

// src/osv/ignores.ts
var IgnoreBook = class {
  constructor(entries, now) {
    this.entries = entries;
    this.now = now;
  }
  entries;
  now;
  used = /* @__PURE__ */ new Set();
  expiredMatches = /* @__PURE__ */ new Map();
  /** The ignore that covers this vulnerability in this package, if a live one does. */
  match(group, pkg) {
    const ids = new Set([group.id, ...group.aliases].map((id) => id.toUpperCase()));
    let live;
    for (const entry of this.entries) {
      if (!ids.has(entry.id.toUpperCase()) || !coversPackage(entry, pkg)) continue;
      if (isExpired(entry, this.now)) {
        const matched = this.expiredMatches.get(entry) ?? /* @__PURE__ */ new Set();
        this.expiredMatches.set(entry, matched.add(group.id));
        continue;
      }
      this.used.add(entry);
      live ??= entry;
    }
    return live;
  }
  /** The last expired ignore that matched this vulnerability (to say it no longer applies). */
  expiredFor(group) {
    return [...this.expiredMatches].findLast(([, matched]) => matched.has(group.id))?.[0];
  }
  /** Live ignores that matched nothing: probably stale, worth removing. */
  unused() {
    return this.entries.filter((entry) => !isExpired(entry, this.now) && !this.used.has(entry));
  }
  /** Every expired ignore, with what it would have covered. */
  expired() {
    return this.entries.filter((entry) => isExpired(entry, this.now)).map((entry) => ({ entry, matched: [...this.expiredMatches.get(entry) ?? []].sort() }));
  }
};
function coversPackage(entry, pkg) {
  return entry.package === void 0 || normalizedName(pkg.ecosystem, entry.package) === normalizedName(pkg.ecosystem, pkg.name);
}

// src/osv/severity.ts
var cvss;
async function loadCvssScoring() {
  const loaded = await import("./chunk-5L7OGPVD.js");
  cvss ??= typeof loaded["fromVector"] === "function" ? loaded : loaded.default;
}
function needsCvssScoring(records) {
  return records.some(
    (record2) => [...record2.severity ?? [], ...(record2.affected ?? []).flatMap((a) => a.severity ?? [])].some(
      (entry) => CVSS_TYPES.has(entry.type)
    )
  );
}
var VECTOR_SHAPE = /^(CVSS:[234]\.\d\/)?[A-Za-z]+:[A-Za-z]+(\/[A-Za-z]+:[A-Za-z]+)*$/;
var LEVEL_ORDER = ["unknown", "none", "low", "medium", "high", "critical"];
function severityRank(level) {
  return LEVEL_ORDER.indexOf(level);
}
function levelForScore(score) {
  if (score >= 9) return "critical";
  if (score >= 7) return "high";
  if (score >= 4) return "medium";
  if (score > 0) return "low";
  return "none";
}
function cvssBaseScore(vector) {
  const text = vector.trim();
  if (!VECTOR_SHAPE.test(text)) return void 0;
  if (cvss === void 0) throw new Error("CVSS vectors are scored only after loadCvssScoring()");
  try {
    const parsed = cvss.fromVector(text);
    if (parsed === null || parsed === void 0 || !parsed.isBaseFullyDefined()) return void 0;
    const base = parsed.calculateScores().base;
    return typeof base === "number" && Number.isFinite(base) ? base : void 0;
  } catch {
    return void 0;
  }
}
var CVSS_TYPES = /* @__PURE__ */ new Set(["CVSS_V2", "CVSS_V3", "CVSS_V4"]);
var LABELS = {
  LOW: "low",
  MODERATE: "medium",
  MEDIUM: "medium",
  HIGH: "high",
  CRITICAL: "critical"
};
function recordSeverity(record2, affectedNames) {
  if (record2.id.startsWith("MAL-")) return { level: "critical", source: "malicious-package" };
  const affected2 = (record2.affected ?? []).filter(
    (entry) => affectedNames === void 0 || affectedNames.has(entry.package?.name ?? "")
  );
  const entries = [...record2.severity ?? [], ...affected2.flatMap((entry) => entry.severity ?? [])];
  const scored = highestScore(entries);
  if (scored !== void 0) return scored;
  const labels = [
    record2.database_specific,
    ...affected2.flatMap((a) => [a.database_specific, a.ecosystem_specific])
  ];
  const level = highestLabel(labels.map((data) => data?.["severity"]));
  return level === void 0 ? { level: "unknown", source: "none" } : { level, source: "advisory-label" };
}
function highestScore(entries) {
  let best;
  for (const entry of entries) {
    if (!CVSS_TYPES.has(entry.type)) continue;
    const score = cvssBaseScore(entry.score);
    if (score === void 0 || best?.score !== void 0 && best.score >= score) continue;
    best = { level: levelForScore(score), score, vector: entry.score, source: "cvss" };
  }
  return best;
}
function highestLabel(values) {
  const levels = values.map((value) => typeof value === "string" ? LABELS[value.toUpperCase()] : void 0).filter((level) => level !== void 0);
  return maxLevel(levels);
}
function maxLevel(levels) {
  return levels.reduce(
    (best, level) => best === void 0 || severityRank(level) > severityRank(best) ? level : best,
    void 0
  );
}
function highestSeverity(severities) {
  return severities.reduce(
    (best, current) => {
      const rank = severityRank(current.level) - severityRank(best.level);
      if (rank > 0) return current;
      if (rank === 0 && (current.score ?? -1) > (best.score ?? -1)) return current;
      return best;
    },
    { level: "unknown", source: "none" }
  );
}

// src/osv/scan.ts
async function scanPackages(packages, source, config = DEFAULT_VULNERABILITIES_CONFIG, options = {}) {
  const selected = config["include-dev"] ? [...packages] : packages.filter((pkg) => pkg.dev !== true);
  const lookup = await source.lookup(selected);
  const book = new IgnoreBook(config.ignore, options.now ?? /* @__PURE__ */ new Date());
  const result = {
    findings: [],
    ignored: [],
    unusedIgnores: [],
    expiredIgnores: [],
    errors: []
  };
  result.errors.push(...lookup.diagnostics);
  if (needsCvssScoring([...lookup.records.values()].flat())) await loadCvssScoring();
  selected.forEach((pkg, index) => {
    const found = lookup.records.get(index);
    if (found === void 0) return;
    const records = found.filter((record2) => record2.withdrawn === void 0);
    if (records.length === 0) return;
    const finding = packageFinding(pkg, records, config, book, result);
    if (finding !== void 0) result.findings.push(finding);
  });
  result.unusedIgnores = book.unused();
  result.expiredIgnores = book.expired();
  result.findings.sort(byLocation);
  return result;
}
function packageFinding(pkg, records, config, book, result) {
  const kept = [];
  for (const group of groupByAlias(records)) {
    const finding = vulnerabilityFinding(group, pkg, config);
    const ignore = book.match(group, pkg);
    if (ignore !== void 0) {
      result.ignored.push({ package: pkg, vulnerability: finding, because: "ignore", ignore });
    } else if (config["only-fixable"] && finding.fix.fixedIn === void 0) {
      result.ignored.push({ package: pkg, vulnerability: finding, because: "only-fixable" });
    } else {
      finding.expiredIgnore = book.expiredFor(group);
      kept.push({ group, finding });
    }
  }
  if (kept.length === 0) return void 0;
  warnIfUnordered(pkg, result);
  const fix = smallestFix(
    kept.map(({ group }) => group),
    pkg
  );
  const vulnerabilities = kept.map(({ finding }) => finding).sort(bySeverityThenId);
  return {
    package: pkg,
    location: pkg.location,
    vulnerabilities,
    fix,
    advice: describeFix(fix, pkg)
  };
}
function vulnerabilityFinding(group, pkg, config) {
  const severity = highestSeverity(
    group.records.map((record2) => recordSeverity(record2, namesFor(record2, pkg)))
  );
  const main = group.records.find((record2) => record2.id === group.id) ?? group.records[0];
  return {
    id: group.id,
    aliases: group.aliases,
    summary: main.summary ?? group.records.find((record2) => record2.summary !== void 0)?.summary,
    severity,
    effectiveLevel: severity.level === "unknown" ? config["unknown-severity-as"] : severity.level,
    fix: smallestFix([group], pkg),
    modified: main.modified,
    url: `https://osv.dev/vulnerability/${encodeURIComponent(group.id)}`
  };
}
function namesFor(record2, pkg) {
  const names = affectedEntries(record2, pkg).map((entry) => entry.package?.name ?? "");
  return names.length > 0 ? new Set(names) : void 0;
}
function warnIfUnordered(pkg, result) {
  if (comparatorFor(pkg.ecosystem)?.isValid(osvVersion(pkg)) === true) return;
  result.errors.push(
    diagnostic(
      pkg.location.file,
      `${pkg.ecosystem} package \`${pkg.name}\` has version "${pkg.version}", which cannot be ordered: no fix version can be advised`,
      "osv-version-unordered",
      pkg.location,
      "warning"
    )
  );
}
function bySeverityThenId(a, b) {
  return severityRank(b.effectiveLevel) - severityRank(a.effectiveLevel) || (b.severity.score ?? -1) - (a.severity.score ?? -1) || a.id.localeCompare(b.id);
}
function byLocation(a, b) {
  return a.location.file.localeCompare(b.location.file) || a.location.line - b.location.line || a.package.name.localeCompare(b.package.name);
}

export {
  OsvUnavailableError,
  isOsvUnavailable,
  createOsvClient,
  comparatorFor,
  compareVersions,
  osvVersion,
  isAffected,
  smallestFix,
  describeFix,
  openOfflineDatabase,
  severityRank,
  recordSeverity,
  scanPackages
};
