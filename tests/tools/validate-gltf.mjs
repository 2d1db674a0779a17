#!/usr/bin/env node
// Runs the Khronos glTF-Validator (npm gltf-validator, pinned in package.json)
// on each file named: `node validate-gltf.mjs FILE...`. Prints, per file, the
// counts of errors, warnings, infos and hints and every error and warning
// message with its JSON pointer. Exit status: 0 when no file has an error,
// 1 when any has, 2 on bad usage or a missing validator (run scripts/setup).
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);
let validator;
try {
    validator = require('gltf-validator');
} catch (e) {
    console.error(`validate-gltf: cannot load gltf-validator (${e.message}); ` +
                  'run scripts/setup (it runs npm ci --prefix tests/tools)');
    process.exit(2);
}

const files = process.argv.slice(2);
if (files.length === 0) {
    console.error('usage: node validate-gltf.mjs FILE.glb|FILE.gltf...');
    process.exit(2);
}

const severityName = ['error', 'warning', 'info', 'hint'];
let filesWithErrors = 0;
let totalErrors = 0;
let totalWarnings = 0;
for (const file of files) {
    let bytes;
    try {
        bytes = await readFile(file);
    } catch (e) {
        console.error(`${file}: cannot read (${e.code || e.message})`);
        filesWithErrors += 1;
        continue;
    }
    let report;
    try {
        report = await validator.validateBytes(new Uint8Array(bytes), {
            uri: path.basename(file),
            maxIssues: 0,  // 0 = no limit
            // A .glb from Atelier is self-contained; any external URI is a fault.
            externalResourceFunction: (uri) => Promise.reject(`external resource ${uri} not allowed`),
        });
    } catch (e) {
        console.error(`${file}: not glTF or GLB (${e})`);
        filesWithErrors += 1;
        continue;
    }
    const { numErrors, numWarnings, numInfos, numHints, messages } = report.issues;
    console.log(`${file}: ${numErrors} errors, ${numWarnings} warnings, ${numInfos} infos, ${numHints} hints`);
    for (const m of messages) {
        if (m.severity > 1) continue;
        console.log(`  ${severityName[m.severity]} ${m.code} at ${m.pointer ?? '(file)'}: ${m.message}`);
    }
    totalErrors += numErrors;
    totalWarnings += numWarnings;
    if (numErrors > 0) filesWithErrors += 1;
}
console.log(`validate-gltf: ${files.length} files, ${totalErrors} errors, ${totalWarnings} warnings; ` +
            `${filesWithErrors} files failed`);
process.exit(filesWithErrors > 0 ? 1 : 0);
