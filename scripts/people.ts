/** `npm run people -- <command>`: people, memberships, passwords, tokens and links (tools/harness/src/people). */
import '@leercyclus/harness/people';
