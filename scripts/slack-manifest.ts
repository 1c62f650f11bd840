import { config as loadDotenv } from 'dotenv';
import { chooseManifestOptions } from '../adapters/slack/manifest-options.ts';
import { slackManifest } from '../adapters/slack/manifest.ts';

// `npm run slack:manifest` prints the Slack app manifest (JSON) derived from the command
// registry. Paste it into https://api.slack.com/apps → Create New App → From a manifest.

loadDotenv({ quiet: true });
const choice = chooseManifestOptions(process.argv.slice(2), process.env);
for (const note of choice.notes) process.stderr.write(`${note}\n`);
if (choice.options) process.stdout.write(`${JSON.stringify(slackManifest(choice.options), null, 2)}\n`);
else process.exitCode = 2;
