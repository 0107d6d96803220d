export { parseFeed, type ParsedEvent, type ParsedFeed } from './parseFeed.js';
