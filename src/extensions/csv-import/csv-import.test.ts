import { Readable } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { cityIs, contactSegment, engineOn, membersOf } from '../../engine/engine-test-helpers.ts';
import { EngineError } from '../../engine/index.ts';
import { testBackends } from '../../store/test-backends.ts';
import { importCsv, type CsvImportProgress } from './csv-import.ts';

/** A CSV file as a stream of chunks cut at awkward places, as a socket delivers it. */
function chunked(text: string, size = 7): Readable {
  const pieces: Buffer[] = [];
  for (let i = 0; i < text.length; i += size) pieces.push(Buffer.from(text.slice(i, i + size)));
  return Readable.from(pieces);
}

const lines = (...rows: string[]) => rows.join('\n') + '\n';

for (const backend of testBackends()) {
  describe.skipIf(backend.skip)(`CSV import ${backend.label}`, () => {
    afterAll(() => backend.cleanup());

    it('loads the good rows and reports each bad one with its line and reason', async () => {
      const { engine } = await engineOn(await backend.open());
      const csv = lines(
        'firstname,lastname,birthdate,gendercode,interests',
        'Ada,Lovelace,1815-12-10,female,wine;travel',
        'Bad,Date,1815-13-45,female,',
        '',
        'Bad,Choice,,robot,',
        'Short,Row',
        'Grace,Hopper,1906-12-09,,music',
        'Bad,Interest,,,wine;knitting',
      );
      const result = await importCsv(engine, 'contact', chunked(csv));
      expect(result.created).toBe(2);
      expect(result.updated).toBe(0);
      expect(result.rejectedCount).toBe(4);
      expect(result.rejected.map((r) => r.line)).toEqual([3, 5, 6, 8]);
      expect(result.rejected[0]?.reason).toMatch(/^birthdate: Birthday: expected a date/);
      expect(result.rejected[1]?.reason).toMatch(/^gendercode: Gender: "robot" is not one of its options/);
      expect(result.rejected[2]?.reason).toBe('The row has 2 field(s) but the header has 5.');
      expect(result.rejected[3]?.reason).toMatch(/^interests: .*"knitting" not among its options/);
      const people = await engine.store.records.list('contact', { limit: 10 });
      expect(people.map((p) => [p.fullname, p.interests])).toEqual([
        ['Ada Lovelace', ['travel', 'wine']],
        ['Grace Hopper', ['music']],
      ]);
    });

    it('updates the rows whose id exists and creates the others', async () => {
      const { engine } = await engineOn(await backend.open());
      await engine.createRecord('contact', {
        id: 'c1',
        firstname: 'Ada',
        jobtitle: 'Countess',
        telephone1: '1',
      });
      const csv = lines(
        'id,firstname,telephone1',
        'c1,Augusta,',
        'c2,Grace,555',
        ',Anonymous,',
        'c2,Gracie,556',
      );
      const result = await importCsv(engine, 'contact', chunked(csv));
      expect(result).toMatchObject({ created: 2, updated: 2, rejected: [] });
      const c1 = await engine.store.records.get('contact', 'c1');
      // A column left out stays; an empty cell clears.
      expect([c1?.firstname, c1?.jobtitle, c1?.telephone1]).toEqual(['Augusta', 'Countess', null]);
      const c2 = await engine.store.records.get('contact', 'c2');
      expect([c2?.firstname, c2?.telephone1]).toEqual(['Gracie', '556']);
      expect(await engine.store.records.count('contact')).toBe(3);
    });

    it('refuses a header with an unknown column before writing any row, naming the column', async () => {
      const { engine } = await engineOn(await backend.open());
      const csv = lines('firstname,Shoe Size,shoesize', 'Ada,38,38');
      const error = await importCsv(engine, 'contact', chunked(csv)).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(EngineError);
      const { message, details } = error as EngineError;
      expect(message).toContain(
        'Column "Shoe Size" is not an attribute of Contact: the header holds logical names or display names (GET /api/schema lists them).',
      );
      expect(message).toContain('Column "shoesize" is not an attribute of Contact');
      expect(details.map((d) => [d.code, d.path])).toEqual([
        ['UNKNOWN_COLUMN', 'header[1]'],
        ['UNKNOWN_COLUMN', 'header[2]'],
      ]);
      expect(await engine.store.records.count('contact')).toBe(0);
    });

    it('refuses a computed column, a repeated column, an unknown entity and an empty file', async () => {
      const { engine } = await engineOn(await backend.open());
      const codes = async (entity: string, csv: string) => {
        const error = await importCsv(engine, entity, chunked(csv)).catch((e: unknown) => e);
        return [(error as EngineError).code, (error as EngineError).details.map((d) => d.code)];
      };
      expect(await codes('contact', lines('fullname,firstname,FirstName', 'a,b,c'))).toEqual([
        'INVALID_RECORD',
        ['COMPUTED_COLUMN', 'DUPLICATE_COLUMN'],
      ]);
      expect(await codes('spaceship', lines('name', 'x'))).toEqual(['NOT_FOUND', []]);
      expect(await codes('contact', '')).toEqual(['INVALID_RECORD', []]);
    });

    it('numbers lines as an editor does, with quoted line breaks, CRLF and blank lines', async () => {
      const { engine } = await engineOn(await backend.open());
      const rows = [
        '\ufeffid,firstname,address1_line1,numberofchildren',
        'a,Ada,"12 Long Street\nFlat 3",1',
        '',
        'b,Bob,"One\nTwo\nThree",two',
        ',,,',
        'c,Cy,plain,x',
        'd,Di,"say ""hi""",4',
      ];
      for (const eol of ['\n', '\r\n']) {
        const csv = rows.map((r) => r.replaceAll('\n', eol)).join(eol) + eol;
        const result = await importCsv(engine, 'contact', chunked(csv, 5));
        expect(result.rejected.map((r) => r.line)).toEqual([5, 9]);
        expect(result.rejected[0]?.reason).toMatch(
          /^numberofchildren: No\. of Children: expected a whole number/,
        );
      }
      expect((await engine.store.records.get('contact', 'a'))?.address1_line1).toMatch(
        /^12 Long Street\r?\nFlat 3$/,
      );
      expect((await engine.store.records.get('contact', 'd'))?.address1_line1).toBe('say "hi"');
    });

    it('refuses an interaction whose contact does not exist, with its line, and loads the others', async () => {
      const { engine } = await engineOn(await backend.open());
      await engine.createRecord('contact', { id: 'c1', firstname: 'Ada' });
      await engine.createRecord('contact', { id: 'gone', firstname: 'Gone' });
      await engine.deleteRecord('contact', 'gone');
      const csv = lines(
        'contactid,type,occurredon',
        'c1,EmailOpened,2026-03-01T10:00:00Z',
        'nobody,EmailOpened,2026-03-01T11:00:00Z',
        'c1,EmailClicked,2026-03-01T12:00:00Z',
        'gone,EmailOpened,2026-03-01T13:00:00Z',
      );
      const result = await importCsv(engine, 'interaction', chunked(csv));
      expect(result.created).toBe(2);
      expect(result.rejected).toEqual([
        { line: 3, reason: 'contactid: Contact: there is no contact with id "nobody".' },
        { line: 5, reason: 'contactid: Contact: there is no contact with id "gone" (it was deleted).' },
      ]);
      expect(await engine.store.records.count('interaction')).toBe(2);
    });

    it('reports a row with a stray quote and goes on with the rest', async () => {
      const { engine } = await engineOn(await backend.open());
      const csv = lines('id,firstname', 'a,"Ada"x', 'b,Bob', 'c,"Unclosed');
      const result = await importCsv(engine, 'contact', chunked(csv));
      expect(result.created).toBe(2);
      expect(result.rejected).toHaveLength(1);
      expect(result.rejected[0]?.reason).toMatch(/Quote Not Closed/);
    });

    it('keeps live segments right as the batches land', async () => {
      const { engine } = await engineOn(await backend.open());
      const segment = await engine.createSegment(contactSegment('Atlantis', cityIs('Atlantis')));
      await engine.goLive(segment.id);
      let changes = 0;
      engine.onChange(() => (changes += 1));
      const first = await importCsv(
        engine,
        'contact',
        chunked(lines('id,address1_city', 'a,Atlantis', 'b,Lemuria', 'c,atlantis', 'd,Atlantis')),
        { batchSize: 2 },
      );
      expect(first.created).toBe(4);
      expect(changes).toBe(2);
      expect(await membersOf(engine.store, segment.id)).toEqual(['a', 'c', 'd']);
      await importCsv(engine, 'contact', chunked(lines('id,address1_city', 'a,Lemuria', 'b,Atlantis')));
      expect(await membersOf(engine.store, segment.id)).toEqual(['b', 'c', 'd']);
      const events = await engine.events({ segmentId: segment.id });
      expect(events.map((e) => `${e.change} ${e.contactId}`)).toEqual([
        'joined a',
        'joined c',
        'joined d',
        'joined b',
        'left a',
      ]);
    });

    it('streams a 20,000-row file in batches without reading it all first', async () => {
      const { engine } = await engineOn(await backend.open());
      const segment = await engine.createSegment(contactSegment('Atlantis', cityIs('Atlantis')));
      await engine.goLive(segment.id);
      const total = 20_000;
      let produced = 0;
      // An async source that yields to the event loop between chunks, as a socket does.
      async function* generated(): AsyncGenerator<string> {
        yield 'firstname,lastname,address1_city,numberofchildren\n';
        for (let i = 0; i < total; i += 100) {
          let chunk = '';
          for (let j = i; j < i + 100; j++)
            chunk += `P${j},Person,${j % 4 === 0 ? 'Atlantis' : 'Lemuria'},${j % 1000 === 999 ? 'many' : j % 5}\n`;
          produced += 100;
          await new Promise((resolve) => setImmediate(resolve));
          yield chunk;
        }
      }
      const progress: (CsvImportProgress & { produced: number })[] = [];
      const result = await importCsv(engine, 'contact', generated(), {
        onProgress: (p) => progress.push({ ...p, produced }),
      });
      expect(result.created).toBe(total - 20);
      expect(result.rejectedCount).toBe(20);
      expect(result.rejected[0]?.line).toBe(1001);
      expect(progress).toHaveLength(20);
      // When the first batch was written, at most the next batch had been read beyond it (the file
      // is parsed one batch ahead of the writes), not the whole file.
      expect(progress[0]?.rows).toBe(1000);
      expect(progress[0]?.produced).toBeLessThan(3_000);
      expect(progress.at(-1)).toMatchObject({ rows: total, rejected: 20 });
      expect(await engine.store.members.count(segment.id)).toBe(total / 4);
    });
  });
}
