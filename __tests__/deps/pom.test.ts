import { beforeAll, describe, expect, it } from '@jest/globals'
import { pomParser } from '../../src/deps/pom/index.js'
import { codes, findPackage, parseFixture } from './helpers.js'

beforeAll(() => pomParser.load?.())

const parse = (name: string) => parseFixture(pomParser, 'pom', name, 'java/pom.xml')

describe('pom.xml', () => {
  it('reads declared dependencies with literal, property and locally managed versions', () => {
    const result = parse('pom.xml')
    expect(result.diagnostics).toEqual([])
    expect(
      result.packages.map(p => `${p.name}@${p.version}:${p.location.line} dev=${p.dev}`)
    ).toEqual([
      'com.amazonaws:aws-lambda-java-core@1.2.3:28 dev=false',
      'com.fasterxml.jackson.core:jackson-databind@2.16.1:33 dev=false',
      'software.amazon.awssdk:s3@2.21.0:38 dev=false',
      'com.example:common@1.0.0:56 dev=false',
      'org.junit.jupiter:junit-jupiter@5.10.1:61 dev=true'
    ])
    expect(result.packages[0]).toMatchObject({
      ecosystem: 'Maven',
      direct: true,
      location: { file: 'java/pom.xml', column: 5 }
    })
  })

  it('never guesses: parent-managed and unknown-property versions are unresolved, ranges unpinned', () => {
    expect(parse('pom.xml').unpinned.map(u => [u.name, u.reason, u.spec, u.location.line])).toEqual(
      [
        [
          'org.springframework.boot:spring-boot-starter-web',
          'unresolved',
          'version managed by a parent POM or BOM',
          42
        ],
        ['org.slf4j:slf4j-api', 'unresolved', '${slf4j.version}', 46],
        ['commons-io:commons-io', 'range', '[2.11,3.0)', 51]
      ]
    )
  })

  it('ignores comments and build plugin dependencies', () => {
    const result = parse('pom.xml')
    const names = [...result.packages, ...result.unpinned].map(p => p.name)
    expect(names).not.toContain('commented.out:undefined')
    expect(names.some(n => n.startsWith('build.only'))).toBe(false)
  })

  it('reports malformed XML at its line and a file that is not a POM', () => {
    expect(parse('malformed.xml').diagnostics).toEqual([
      expect.objectContaining({ code: 'parse-error', line: 6 })
    ])
    expect(codes(parse('not-a-pom.xml'))).toEqual(['parse-error'])
  })

  it('never expands XML entities (no entity bombs); such a version is unresolved', () => {
    const result = parse('entity-bomb.xml')
    expect(result.packages).toEqual([])
    expect(result.unpinned).toEqual([
      expect.objectContaining({ name: 'bomb:bomb', reason: 'unresolved' })
    ])
  })

  it('decodes character references and predefined entities as Maven does', () => {
    const text = `<project>
  <properties><jackson.version>2.12.&#54;</jackson.version></properties>
  <dependencies>
    <dependency>
      <groupId>org.apache.logging.log4j</groupId>
      <artifactId>log4j-&#99;ore</artifactId>
      <version>&#x32;.14.1</version>
    </dependency>
    <dependency>
      <groupId>com.fasterxml.jackson.core</groupId>
      <artifactId>jackson&#45;databind</artifactId>
      <version>\${jackson.version}</version>
    </dependency>
    <dependency>
      <groupId>a&amp;b</groupId>
      <artifactId>c&lt;d&gt;&apos;&quot;</artifactId>
      <version>&#32;1.0&#9;</version>
    </dependency>
  </dependencies>
</project>`
    const result = pomParser.parse(text, 'pom.xml')
    expect(result.diagnostics).toEqual([])
    expect(result.unpinned).toEqual([])
    expect(result.packages.map(p => `${p.name}@${p.version}:${p.location.line}`)).toEqual([
      'org.apache.logging.log4j:log4j-core@2.14.1:4',
      'com.fasterxml.jackson.core:jackson-databind@2.12.6:9',
      `a&b:c<d>'"@1.0:14`
    ])
  })

  it('reads the dependencies of profiles, which Maven adds when a profile is active', () => {
    const text = `<project>
  <properties><log4j.version>2.14.1</log4j.version></properties>
  <dependencies>
    <dependency><groupId>a</groupId><artifactId>b</artifactId><version>1.0</version></dependency>
  </dependencies>
  <profiles>
    <profile>
      <id>prod</id>
      <activation><activeByDefault>true</activeByDefault></activation>
      <properties><jackson.version>2.12.6</jackson.version></properties>
      <dependencies>
        <dependency>
          <groupId>org.apache.logging.log4j</groupId>
          <artifactId>log4j-core</artifactId>
          <version>\${log4j.version}</version>
        </dependency>
        <dependency>
          <groupId>com.fasterxml.jackson.core</groupId>
          <artifactId>jackson-databind</artifactId>
          <version>\${jackson.version}</version>
        </dependency>
      </dependencies>
    </profile>
  </profiles>
</project>`
    const result = pomParser.parse(text, 'pom.xml')
    expect(result.diagnostics).toEqual([])
    expect(result.packages.map(p => `${p.name}@${p.version}:${p.location.line}`)).toEqual([
      'a:b@1.0:4',
      'org.apache.logging.log4j:log4j-core@2.14.1:12',
      'com.fasterxml.jackson.core:jackson-databind@2.12.6:17'
    ])
  })

  it('reads a hard requirement ([2.14.1]) as that version; real ranges stay unpinned', () => {
    const dep = (artifact: string, version: string) =>
      `<dependency><groupId>g</groupId><artifactId>${artifact}</artifactId><version>${version}</version></dependency>`
    const text = `<project>
  <dependencies>
    ${dep('exact', '[2.14.1]')}
    ${dep('same-bounds', '[ 2.14.1 , 2.14.1 ]')}
    ${dep('range', '[2.14,2.15)')}
  </dependencies>
</project>`
    const result = pomParser.parse(text, 'pom.xml')
    expect(result.packages.map(p => `${p.name}@${p.version}`)).toEqual([
      'g:exact@2.14.1',
      'g:same-bounds@2.14.1'
    ])
    expect(result.unpinned.map(u => `${u.name} ${u.reason} ${u.spec}`)).toEqual([
      'g:range range [2.14,2.15)'
    ])
  })

  it('reads a real POM (serverless-test-samples TicketsFunction)', () => {
    const result = parse('real/pom.xml')
    expect(result.diagnostics).toEqual([])
    expect(result.packages).toHaveLength(17)
    expect(result.unpinned).toHaveLength(7)
    expect(findPackage(result, 'com.amazonaws:aws-lambda-java-core')).toMatchObject({
      version: '1.2.1',
      location: { line: 41 }
    })
    expect(findPackage(result, 'com.amazonaws:aws-lambda-java-tests')).toMatchObject({ dev: true })
  })
})
