// The labelled question sets the fitting scripts learn from (fit-abstention.ts,
// fit-ranker.ts), each one fold of their leave-one-set-out cross-validation,
// and how they are asked: as `polderbot ask --jsonl` asks them, the lines of a
// thread in order with the earlier turns as history. A new blind set joins
// SETS only after it has been scored once as it came.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Answer, AskOptions, Turn } from '../src/answer/types.ts';

const ROOT = resolve(import.meta.dirname, '..');

export const SETS: { set: string; file: string }[] = [
  { set: 'calibration', file: 'test/fixtures/answer/calibration.jsonl' },
  { set: 'heldout-style', file: 'test/fixtures/eval/heldout-style.jsonl' },
  { set: 'blind-2', file: 'test/fixtures/eval/blind-2.jsonl' },
  { set: 'blind-3', file: 'test/fixtures/eval/blind-3.jsonl' },
  { set: 'blind-4', file: 'test/fixtures/eval/blind-4.jsonl' },
  { set: 'blind-5', file: 'test/fixtures/eval/blind-5.jsonl' },
  { set: 'blind-6', file: 'test/fixtures/eval/blind-6.jsonl' },
  { set: 'blind-7', file: 'test/fixtures/eval/blind-7.jsonl' },
  { set: 'blind-8-conv', file: 'test/fixtures/eval/blind-8-conv.jsonl' },
  // scored once as they came (2026-11-29, engine 4140ca8), then added
  { set: 'blind-9', file: 'test/fixtures/eval/blind-9.jsonl' },
  { set: 'blind-10-conv', file: 'test/fixtures/eval/blind-10-conv.jsonl' },
  // scored once as they came (2026-11-29 evening, engine b1a501a), then added
  { set: 'blind-11', file: 'test/fixtures/eval/blind-11.jsonl' },
  { set: 'blind-12-conv', file: 'test/fixtures/eval/blind-12-conv.jsonl' },
  { set: 'blind-13', file: 'test/fixtures/eval/blind-13.jsonl' },
  { set: 'blind-14-conv', file: 'test/fixtures/eval/blind-14-conv.jsonl' },
  { set: 'blind-15', file: 'test/fixtures/eval/blind-15.jsonl' },
  { set: 'blind-16-conv', file: 'test/fixtures/eval/blind-16-conv.jsonl' },
  // scored once as they came (2026-11-29 night, engine 25bdf50), then added
  { set: 'blind-17', file: 'test/fixtures/eval/blind-17.jsonl' },
  { set: 'blind-18-conv', file: 'test/fixtures/eval/blind-18-conv.jsonl' },
  // scored once as they came (2026-11-29 night, engine 39880fd), then added
  { set: 'blind-19', file: 'test/fixtures/eval/blind-19.jsonl' },
  { set: 'blind-20-conv', file: 'test/fixtures/eval/blind-20-conv.jsonl' },
  // scored once as they came (2026-11-29 night, engine 8bb0e0b), then added
  { set: 'blind-21', file: 'test/fixtures/eval/blind-21.jsonl' },
  { set: 'blind-22-conv', file: 'test/fixtures/eval/blind-22-conv.jsonl' },
  // scored once as they came on the night session's final engine (56a9416), then added
  { set: 'blind-23', file: 'test/fixtures/eval/blind-23.jsonl' },
  { set: 'blind-24-conv', file: 'test/fixtures/eval/blind-24-conv.jsonl' },
  // scored once as they came on the evening session's final engine (ec4af1d), then added
  { set: 'blind-25', file: 'test/fixtures/eval/blind-25.jsonl' },
  { set: 'blind-26-conv', file: 'test/fixtures/eval/blind-26-conv.jsonl' },
  // scored once as they came during the closing session (engine b742c67), then added
  { set: 'blind-27', file: 'test/fixtures/eval/blind-27.jsonl' },
  { set: 'blind-28-conv', file: 'test/fixtures/eval/blind-28-conv.jsonl' },
  // scored once as they came on the closing session's final engine (15c1284), then added
  { set: 'blind-29', file: 'test/fixtures/eval/blind-29.jsonl' },
  { set: 'blind-30-conv', file: 'test/fixtures/eval/blind-30-conv.jsonl' },
  // scored once as they came on the closing session's last engine (e9382cb), then added (not yet fitted on)
  { set: 'blind-31', file: 'test/fixtures/eval/blind-31.jsonl' },
  { set: 'blind-32-conv', file: 'test/fixtures/eval/blind-32-conv.jsonl' },
  { set: 'blind-33', file: 'test/fixtures/eval/blind-33.jsonl' },
  { set: 'blind-34-conv', file: 'test/fixtures/eval/blind-34-conv.jsonl' },
  { set: 'blind-35', file: 'test/fixtures/eval/blind-35.jsonl' },
  { set: 'blind-36-conv', file: 'test/fixtures/eval/blind-36-conv.jsonl' },
  { set: 'blind-37', file: 'test/fixtures/eval/blind-37.jsonl' },
  { set: 'blind-38-conv', file: 'test/fixtures/eval/blind-38-conv.jsonl' },
  { set: 'blind-39', file: 'test/fixtures/eval/blind-39.jsonl' },
  { set: 'blind-40-conv', file: 'test/fixtures/eval/blind-40-conv.jsonl' },
  { set: 'blind-41', file: 'test/fixtures/eval/blind-41.jsonl' },
  { set: 'blind-42-conv', file: 'test/fixtures/eval/blind-42-conv.jsonl' },
  { set: 'blind-43', file: 'test/fixtures/eval/blind-43.jsonl' },
  { set: 'blind-44-conv', file: 'test/fixtures/eval/blind-44-conv.jsonl' },
  { set: 'blind-45', file: 'test/fixtures/eval/blind-45.jsonl' },
  { set: 'blind-46-conv', file: 'test/fixtures/eval/blind-46-conv.jsonl' },
  { set: 'blind-47', file: 'test/fixtures/eval/blind-47.jsonl' },
  { set: 'blind-48-conv', file: 'test/fixtures/eval/blind-48-conv.jsonl' },
  { set: 'blind-49', file: 'test/fixtures/eval/blind-49.jsonl' },
  { set: 'blind-50-conv', file: 'test/fixtures/eval/blind-50-conv.jsonl' },
  { set: 'blind-51', file: 'test/fixtures/eval/blind-51.jsonl' },
  { set: 'blind-52-conv', file: 'test/fixtures/eval/blind-52-conv.jsonl' },
  // scored once as they came (2026-11-30 12:49, engine 3bd2174), then added
  { set: 'blind-53', file: 'test/fixtures/eval/blind-53.jsonl' },
  { set: 'blind-54-conv', file: 'test/fixtures/eval/blind-54-conv.jsonl' },
  // written at 12:58, held back unread, scored once on b2e86e0, then added
  { set: 'blind-55', file: 'test/fixtures/eval/blind-55.jsonl' },
  { set: 'blind-56-conv', file: 'test/fixtures/eval/blind-56-conv.jsonl' },
  // written at 13:20, held back unread, scored once on the final engine 52c94bf, then added
  { set: 'blind-57', file: 'test/fixtures/eval/blind-57.jsonl' },
  { set: 'blind-58-conv', file: 'test/fixtures/eval/blind-58-conv.jsonl' },
  // written at 13:50, scored once as they came on the final engine 52c94bf, then added
  { set: 'blind-59', file: 'test/fixtures/eval/blind-59.jsonl' },
  { set: 'blind-60-conv', file: 'test/fixtures/eval/blind-60-conv.jsonl' },
  // written at 14:03, held back unread, scored once on 31e4004, then added
  { set: 'blind-61', file: 'test/fixtures/eval/blind-61.jsonl' },
  { set: 'blind-62-conv', file: 'test/fixtures/eval/blind-62-conv.jsonl' },
  // written at 14:30, scored once as they came on the final engine 2fb160d, then added
  { set: 'blind-63', file: 'test/fixtures/eval/blind-63.jsonl' },
  { set: 'blind-64-conv', file: 'test/fixtures/eval/blind-64-conv.jsonl' },
  { set: 'blind-65', file: 'test/fixtures/eval/blind-65.jsonl' },
  { set: 'blind-66-conv', file: 'test/fixtures/eval/blind-66-conv.jsonl' },
  { set: 'blind-67', file: 'test/fixtures/eval/blind-67.jsonl' },
  { set: 'blind-68-conv', file: 'test/fixtures/eval/blind-68-conv.jsonl' },
  { set: 'blind-69', file: 'test/fixtures/eval/blind-69.jsonl' },
  { set: 'blind-70-conv', file: 'test/fixtures/eval/blind-70-conv.jsonl' },
  { set: 'blind-71', file: 'test/fixtures/eval/blind-71.jsonl' },
  { set: 'blind-72-conv', file: 'test/fixtures/eval/blind-72-conv.jsonl' },
  { set: 'blind-73', file: 'test/fixtures/eval/blind-73.jsonl' },
  { set: 'blind-74-conv', file: 'test/fixtures/eval/blind-74-conv.jsonl' },
  { set: 'blind-75', file: 'test/fixtures/eval/blind-75.jsonl' },
  { set: 'blind-76-conv', file: 'test/fixtures/eval/blind-76-conv.jsonl' },
  { set: 'blind-77', file: 'test/fixtures/eval/blind-77.jsonl' },
  { set: 'blind-78-conv', file: 'test/fixtures/eval/blind-78-conv.jsonl' },
  { set: 'blind-79', file: 'test/fixtures/eval/blind-79.jsonl' },
  { set: 'blind-80-conv', file: 'test/fixtures/eval/blind-80-conv.jsonl' },
  { set: 'blind-81', file: 'test/fixtures/eval/blind-81.jsonl' },
  { set: 'blind-82-conv', file: 'test/fixtures/eval/blind-82-conv.jsonl' },
  { set: 'blind-83', file: 'test/fixtures/eval/blind-83.jsonl' },
  { set: 'blind-84-conv', file: 'test/fixtures/eval/blind-84-conv.jsonl' },
  { set: 'blind-85', file: 'test/fixtures/eval/blind-85.jsonl' },
  { set: 'blind-86-conv', file: 'test/fixtures/eval/blind-86-conv.jsonl' },
  { set: 'blind-87', file: 'test/fixtures/eval/blind-87.jsonl' },
  { set: 'blind-88-conv', file: 'test/fixtures/eval/blind-88-conv.jsonl' },
  { set: 'blind-89', file: 'test/fixtures/eval/blind-89.jsonl' },
  { set: 'blind-90-conv', file: 'test/fixtures/eval/blind-90-conv.jsonl' },
  { set: 'blind-91', file: 'test/fixtures/eval/blind-91.jsonl' },
  { set: 'blind-92-conv', file: 'test/fixtures/eval/blind-92-conv.jsonl' },
  { set: 'blind-93-conv', file: 'test/fixtures/eval/blind-93-conv.jsonl' },
  { set: 'blind-94', file: 'test/fixtures/eval/blind-94.jsonl' },
  { set: 'blind-95-conv', file: 'test/fixtures/eval/blind-95-conv.jsonl' },
  { set: 'blind-96-conv', file: 'test/fixtures/eval/blind-96-conv.jsonl' },
  { set: 'blind-97', file: 'test/fixtures/eval/blind-97.jsonl' },
  { set: 'blind-98-conv', file: 'test/fixtures/eval/blind-98-conv.jsonl' },
  { set: 'blind-99', file: 'test/fixtures/eval/blind-99.jsonl' },
  { set: 'blind-100-conv', file: 'test/fixtures/eval/blind-100-conv.jsonl' },
  { set: 'blind-101', file: 'test/fixtures/eval/blind-101.jsonl' },
  { set: 'blind-102-conv', file: 'test/fixtures/eval/blind-102-conv.jsonl' },
  { set: 'blind-103', file: 'test/fixtures/eval/blind-103.jsonl' },
  { set: 'blind-104-conv', file: 'test/fixtures/eval/blind-104-conv.jsonl' },
  { set: 'blind-105-conv', file: 'test/fixtures/eval/blind-105-conv.jsonl' },
  { set: 'blind-106', file: 'test/fixtures/eval/blind-106.jsonl' },
  { set: 'blind-107-conv', file: 'test/fixtures/eval/blind-107-conv.jsonl' },
  { set: 'blind-108-conv', file: 'test/fixtures/eval/blind-108-conv.jsonl' },
  { set: 'blind-109-conv', file: 'test/fixtures/eval/blind-109-conv.jsonl' },
  { set: 'blind-110-conv', file: 'test/fixtures/eval/blind-110-conv.jsonl' },
  { set: 'blind-111', file: 'test/fixtures/eval/blind-111.jsonl' },
  { set: 'blind-112-conv', file: 'test/fixtures/eval/blind-112-conv.jsonl' },
  { set: 'blind-113-conv', file: 'test/fixtures/eval/blind-113-conv.jsonl' },
  { set: 'blind-114-conv', file: 'test/fixtures/eval/blind-114-conv.jsonl' },
  { set: 'blind-115-conv', file: 'test/fixtures/eval/blind-115-conv.jsonl' },
  { set: 'blind-116', file: 'test/fixtures/eval/blind-116.jsonl' },
  { set: 'blind-117-conv', file: 'test/fixtures/eval/blind-117-conv.jsonl' },
  { set: 'blind-118-conv', file: 'test/fixtures/eval/blind-118-conv.jsonl' },
  { set: 'blind-119-conv', file: 'test/fixtures/eval/blind-119-conv.jsonl' },
  { set: 'blind-120-conv', file: 'test/fixtures/eval/blind-120-conv.jsonl' },
  { set: 'blind-121-conv', file: 'test/fixtures/eval/blind-121-conv.jsonl' },
  { set: 'blind-122-conv', file: 'test/fixtures/eval/blind-122-conv.jsonl' },
  { set: 'blind-123-conv', file: 'test/fixtures/eval/blind-123-conv.jsonl' },
  { set: 'blind-124-conv', file: 'test/fixtures/eval/blind-124-conv.jsonl' },
  { set: 'blind-125-conv', file: 'test/fixtures/eval/blind-125-conv.jsonl' },
  { set: 'blind-126', file: 'test/fixtures/eval/blind-126.jsonl' },
  { set: 'blind-127-conv', file: 'test/fixtures/eval/blind-127-conv.jsonl' },
  { set: 'blind-128-conv', file: 'test/fixtures/eval/blind-128-conv.jsonl' },
  { set: 'blind-129-conv', file: 'test/fixtures/eval/blind-129-conv.jsonl' },
  { set: 'blind-130-conv', file: 'test/fixtures/eval/blind-130-conv.jsonl' },
  { set: 'blind-131-conv', file: 'test/fixtures/eval/blind-131-conv.jsonl' },
  { set: 'blind-132-conv', file: 'test/fixtures/eval/blind-132-conv.jsonl' },
  { set: 'blind-133-conv', file: 'test/fixtures/eval/blind-133-conv.jsonl' },
  { set: 'blind-134', file: 'test/fixtures/eval/blind-134.jsonl' },
  { set: 'blind-135-conv', file: 'test/fixtures/eval/blind-135-conv.jsonl' },
  { set: 'blind-136-conv', file: 'test/fixtures/eval/blind-136-conv.jsonl' },
  { set: 'blind-137-conv', file: 'test/fixtures/eval/blind-137-conv.jsonl' },
  { set: 'blind-138', file: 'test/fixtures/eval/blind-138.jsonl' },
  { set: 'blind-139-conv', file: 'test/fixtures/eval/blind-139-conv.jsonl' },
  { set: 'blind-140-conv', file: 'test/fixtures/eval/blind-140-conv.jsonl' },
  { set: 'blind-141', file: 'test/fixtures/eval/blind-141.jsonl' },
  { set: 'blind-142-conv', file: 'test/fixtures/eval/blind-142-conv.jsonl' },
  { set: 'blind-143-conv', file: 'test/fixtures/eval/blind-143-conv.jsonl' },
  { set: 'blind-144-conv', file: 'test/fixtures/eval/blind-144-conv.jsonl' },
  { set: 'blind-145', file: 'test/fixtures/eval/blind-145.jsonl' },
  { set: 'blind-146-conv', file: 'test/fixtures/eval/blind-146-conv.jsonl' },
  { set: 'blind-147-conv', file: 'test/fixtures/eval/blind-147-conv.jsonl' },
  { set: 'blind-148', file: 'test/fixtures/eval/blind-148.jsonl' },
  { set: 'blind-149', file: 'test/fixtures/eval/blind-149.jsonl' },
  { set: 'blind-150-conv', file: 'test/fixtures/eval/blind-150-conv.jsonl' },
  { set: 'blind-151-conv', file: 'test/fixtures/eval/blind-151-conv.jsonl' },
  { set: 'blind-152-conv', file: 'test/fixtures/eval/blind-152-conv.jsonl' },
  { set: 'blind-153', file: 'test/fixtures/eval/blind-153.jsonl' },
  { set: 'blind-154-conv', file: 'test/fixtures/eval/blind-154-conv.jsonl' },
  { set: 'blind-155-conv', file: 'test/fixtures/eval/blind-155-conv.jsonl' },
  { set: 'blind-156', file: 'test/fixtures/eval/blind-156.jsonl' },
  { set: 'blind-157-conv', file: 'test/fixtures/eval/blind-157-conv.jsonl' },
  { set: 'blind-158-conv', file: 'test/fixtures/eval/blind-158-conv.jsonl' },
  { set: 'blind-159', file: 'test/fixtures/eval/blind-159.jsonl' },
  { set: 'blind-160-conv', file: 'test/fixtures/eval/blind-160-conv.jsonl' },
  { set: 'blind-161-conv', file: 'test/fixtures/eval/blind-161-conv.jsonl' },
  { set: 'blind-162-conv', file: 'test/fixtures/eval/blind-162-conv.jsonl' },
  { set: 'blind-163', file: 'test/fixtures/eval/blind-163.jsonl' },
  { set: 'blind-164-conv', file: 'test/fixtures/eval/blind-164-conv.jsonl' },
  { set: 'blind-165-conv', file: 'test/fixtures/eval/blind-165-conv.jsonl' },
  { set: 'blind-166-conv', file: 'test/fixtures/eval/blind-166-conv.jsonl' },
  { set: 'blind-167', file: 'test/fixtures/eval/blind-167.jsonl' },
  { set: 'blind-168-conv', file: 'test/fixtures/eval/blind-168-conv.jsonl' },
  { set: 'blind-169-conv', file: 'test/fixtures/eval/blind-169-conv.jsonl' },
  { set: 'blind-170-conv', file: 'test/fixtures/eval/blind-170-conv.jsonl' },
  { set: 'blind-171', file: 'test/fixtures/eval/blind-171.jsonl' },
  { set: 'blind-172-conv', file: 'test/fixtures/eval/blind-172-conv.jsonl' },
  { set: 'blind-173-conv', file: 'test/fixtures/eval/blind-173-conv.jsonl' },
  { set: 'blind-174', file: 'test/fixtures/eval/blind-174.jsonl' },
  { set: 'blind-175-conv', file: 'test/fixtures/eval/blind-175-conv.jsonl' },
  { set: 'blind-176-conv', file: 'test/fixtures/eval/blind-176-conv.jsonl' },
  { set: 'blind-177', file: 'test/fixtures/eval/blind-177.jsonl' },
  { set: 'blind-178-conv', file: 'test/fixtures/eval/blind-178-conv.jsonl' },
  { set: 'blind-179-conv', file: 'test/fixtures/eval/blind-179-conv.jsonl' },
  { set: 'blind-180-conv', file: 'test/fixtures/eval/blind-180-conv.jsonl' },
  { set: 'blind-181', file: 'test/fixtures/eval/blind-181.jsonl' },
  { set: 'blind-182-conv', file: 'test/fixtures/eval/blind-182-conv.jsonl' },
  { set: 'blind-183-conv', file: 'test/fixtures/eval/blind-183-conv.jsonl' },
  { set: 'blind-184-conv', file: 'test/fixtures/eval/blind-184-conv.jsonl' },
  { set: 'blind-185', file: 'test/fixtures/eval/blind-185.jsonl' },
  { set: 'blind-186-conv', file: 'test/fixtures/eval/blind-186-conv.jsonl' },
  { set: 'blind-187-conv', file: 'test/fixtures/eval/blind-187-conv.jsonl' },
  { set: 'blind-188-conv', file: 'test/fixtures/eval/blind-188-conv.jsonl' },
  { set: 'blind-189', file: 'test/fixtures/eval/blind-189.jsonl' },
  { set: 'blind-190-conv', file: 'test/fixtures/eval/blind-190-conv.jsonl' },
  { set: 'blind-191-conv', file: 'test/fixtures/eval/blind-191-conv.jsonl' },
  { set: 'blind-192-conv', file: 'test/fixtures/eval/blind-192-conv.jsonl' },
  { set: 'blind-193', file: 'test/fixtures/eval/blind-193.jsonl' },
  { set: 'blind-194-conv', file: 'test/fixtures/eval/blind-194-conv.jsonl' },
  { set: 'blind-195-conv', file: 'test/fixtures/eval/blind-195-conv.jsonl' },
  { set: 'blind-196-conv', file: 'test/fixtures/eval/blind-196-conv.jsonl' },
  { set: 'blind-197', file: 'test/fixtures/eval/blind-197.jsonl' },
  { set: 'blind-198-conv', file: 'test/fixtures/eval/blind-198-conv.jsonl' },
  { set: 'blind-199-conv', file: 'test/fixtures/eval/blind-199-conv.jsonl' },
  { set: 'blind-200', file: 'test/fixtures/eval/blind-200.jsonl' },
  { set: 'blind-201-conv', file: 'test/fixtures/eval/blind-201-conv.jsonl' },
  { set: 'blind-202-conv', file: 'test/fixtures/eval/blind-202-conv.jsonl' },
  { set: 'blind-203', file: 'test/fixtures/eval/blind-203.jsonl' },
  { set: 'blind-204-conv', file: 'test/fixtures/eval/blind-204-conv.jsonl' },
  { set: 'blind-205-conv', file: 'test/fixtures/eval/blind-205-conv.jsonl' },
  { set: 'blind-206-conv', file: 'test/fixtures/eval/blind-206-conv.jsonl' },
  { set: 'blind-207', file: 'test/fixtures/eval/blind-207.jsonl' },
  { set: 'blind-208-conv', file: 'test/fixtures/eval/blind-208-conv.jsonl' },
  { set: 'blind-209-conv', file: 'test/fixtures/eval/blind-209-conv.jsonl' },
  { set: 'blind-210-conv', file: 'test/fixtures/eval/blind-210-conv.jsonl' },
  { set: 'blind-211', file: 'test/fixtures/eval/blind-211.jsonl' },
  { set: 'blind-212-conv', file: 'test/fixtures/eval/blind-212-conv.jsonl' },
  { set: 'blind-213-conv', file: 'test/fixtures/eval/blind-213-conv.jsonl' },
  { set: 'blind-214-conv', file: 'test/fixtures/eval/blind-214-conv.jsonl' },
  { set: 'blind-215-conv', file: 'test/fixtures/eval/blind-215-conv.jsonl' },
  { set: 'blind-216', file: 'test/fixtures/eval/blind-216.jsonl' },
  { set: 'blind-217-conv', file: 'test/fixtures/eval/blind-217-conv.jsonl' },
  { set: 'blind-218-conv', file: 'test/fixtures/eval/blind-218-conv.jsonl' },
  { set: 'blind-219-conv', file: 'test/fixtures/eval/blind-219-conv.jsonl' },
  { set: 'blind-220', file: 'test/fixtures/eval/blind-220.jsonl' },
  { set: 'blind-221-conv', file: 'test/fixtures/eval/blind-221-conv.jsonl' },
  { set: 'blind-222-conv', file: 'test/fixtures/eval/blind-222-conv.jsonl' },
  { set: 'blind-223-conv', file: 'test/fixtures/eval/blind-223-conv.jsonl' },
  { set: 'blind-224', file: 'test/fixtures/eval/blind-224.jsonl' },
  { set: 'blind-225-conv', file: 'test/fixtures/eval/blind-225-conv.jsonl' },
  // scored once as they came on f9ff0cc (2026-12-02), then added
  { set: 'blind-226', file: 'test/fixtures/eval/blind-226.jsonl' },
  { set: 'blind-227-conv', file: 'test/fixtures/eval/blind-227-conv.jsonl' },
  // scored once as they came on 0278532 (2026-12-02), then added
  { set: 'blind-228', file: 'test/fixtures/eval/blind-228.jsonl' },
  { set: 'blind-229-conv', file: 'test/fixtures/eval/blind-229-conv.jsonl' },
  { set: 'blind-230-conv', file: 'test/fixtures/eval/blind-230-conv.jsonl' },
  { set: 'blind-231', file: 'test/fixtures/eval/blind-231.jsonl' },
  // scored once as they came on e39aab4 (2026-12-02), then added
  { set: 'blind-232-conv', file: 'test/fixtures/eval/blind-232-conv.jsonl' },
  { set: 'blind-233-conv', file: 'test/fixtures/eval/blind-233-conv.jsonl' },
  { set: 'blind-234', file: 'test/fixtures/eval/blind-234.jsonl' },
  { set: 'blind-235-conv', file: 'test/fixtures/eval/blind-235-conv.jsonl' },
  // scored once as they came on ece921e (2026-12-02), then added
  { set: 'blind-236-conv', file: 'test/fixtures/eval/blind-236-conv.jsonl' },
  { set: 'blind-237', file: 'test/fixtures/eval/blind-237.jsonl' },
  { set: 'blind-238-conv', file: 'test/fixtures/eval/blind-238-conv.jsonl' },
  { set: 'blind-239-conv', file: 'test/fixtures/eval/blind-239-conv.jsonl' },
  // scored once as they came on 13d4a26 (2026-12-02), then added
  { set: 'blind-240-conv', file: 'test/fixtures/eval/blind-240-conv.jsonl' },
  { set: 'blind-241', file: 'test/fixtures/eval/blind-241.jsonl' },
  { set: 'blind-242-conv', file: 'test/fixtures/eval/blind-242-conv.jsonl' },
  { set: 'blind-243-conv', file: 'test/fixtures/eval/blind-243-conv.jsonl' },
  // scored once as they came on 206ed00 (2026-12-02, 05:40), then added
  { set: 'blind-244-conv', file: 'test/fixtures/eval/blind-244-conv.jsonl' },
  { set: 'blind-245-conv', file: 'test/fixtures/eval/blind-245-conv.jsonl' },
  { set: 'blind-246-conv', file: 'test/fixtures/eval/blind-246-conv.jsonl' },
  { set: 'blind-247', file: 'test/fixtures/eval/blind-247.jsonl' },
  // scored once as they came on 0cbabe4 (2026-12-02, 06:25), then added
  { set: 'blind-248-conv', file: 'test/fixtures/eval/blind-248-conv.jsonl' },
  { set: 'blind-249-conv', file: 'test/fixtures/eval/blind-249-conv.jsonl' },
  { set: 'blind-250-conv', file: 'test/fixtures/eval/blind-250-conv.jsonl' },
  { set: 'blind-251', file: 'test/fixtures/eval/blind-251.jsonl' },
  // scored once as they came on b097806 (2026-12-02, 06:12), then added
  { set: 'blind-252-conv', file: 'test/fixtures/eval/blind-252-conv.jsonl' },
  { set: 'blind-253-conv', file: 'test/fixtures/eval/blind-253-conv.jsonl' },
  { set: 'blind-254', file: 'test/fixtures/eval/blind-254.jsonl' },
  // scored once as they came on a learned ranking that did not land (2026-12-02, 09:05; README, the 07:38 session), then added
  { set: 'blind-255-conv', file: 'test/fixtures/eval/blind-255-conv.jsonl' },
  { set: 'blind-256-conv', file: 'test/fixtures/eval/blind-256-conv.jsonl' },
  { set: 'blind-257-conv', file: 'test/fixtures/eval/blind-257-conv.jsonl' },
  { set: 'blind-258-conv', file: 'test/fixtures/eval/blind-258-conv.jsonl' },
  { set: 'blind-259', file: 'test/fixtures/eval/blind-259.jsonl' },
  { set: 'blind-260', file: 'test/fixtures/eval/blind-260.jsonl' },
  // scored once as they came on b92a9aa (2026-12-02, 14:10), then added
  { set: 'blind-261-conv', file: 'test/fixtures/eval/blind-261-conv.jsonl' },
  { set: 'blind-262-conv', file: 'test/fixtures/eval/blind-262-conv.jsonl' },
  { set: 'blind-263', file: 'test/fixtures/eval/blind-263.jsonl' },
  { set: 'blind-264', file: 'test/fixtures/eval/blind-264.jsonl' },
  // scored once as they came on adb42cf (2026-12-02, 14:15), then added
  { set: 'blind-265-conv', file: 'test/fixtures/eval/blind-265-conv.jsonl' },
  { set: 'blind-266', file: 'test/fixtures/eval/blind-266.jsonl' },
  // written at 15:05 (2026-12-02), scored once as they came on 6201ba3, then added
  { set: 'blind-267', file: 'test/fixtures/eval/blind-267.jsonl' },
  { set: 'blind-268-conv', file: 'test/fixtures/eval/blind-268-conv.jsonl' },
  // written at 15:05 (2026-12-02), held back unread, scored once on d388d03, the session's final engine, then added
  { set: 'blind-269', file: 'test/fixtures/eval/blind-269.jsonl' },
  { set: 'blind-270-conv', file: 'test/fixtures/eval/blind-270-conv.jsonl' },
  { set: 'blind-271-conv', file: 'test/fixtures/eval/blind-271-conv.jsonl' },
  { set: 'blind-272', file: 'test/fixtures/eval/blind-272.jsonl' },
  // written at 17:40 (2026-12-02), scored once as they came on f600305, then added
  { set: 'blind-273', file: 'test/fixtures/eval/blind-273.jsonl' },
  { set: 'blind-274-conv', file: 'test/fixtures/eval/blind-274-conv.jsonl' },
  // written at 17:40 (2026-12-02), held back unread, scored once as they came on 0287daf, then added
  { set: 'blind-275', file: 'test/fixtures/eval/blind-275.jsonl' },
  { set: 'blind-276-conv', file: 'test/fixtures/eval/blind-276-conv.jsonl' },
  // written at 17:40 (2026-12-02), held back unread, scored once on 9c11eda, the session's final engine, then added
  { set: 'blind-277', file: 'test/fixtures/eval/blind-277.jsonl' },
  { set: 'blind-278-conv', file: 'test/fixtures/eval/blind-278-conv.jsonl' },
  // written at 18:51 (2026-12-02) by two new writers, scored once as they came on df4161f, the session's final engine, then added
  { set: 'blind-279', file: 'test/fixtures/eval/blind-279.jsonl' },
  { set: 'blind-280-conv', file: 'test/fixtures/eval/blind-280-conv.jsonl' },
  { set: 'dev', file: '../shared/eval/dev.jsonl' },
];

/** The `--folds N` option of the fitting scripts: undefined (leave one set out) or a whole number of at least 2. */
export function foldsOption(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const folds = Number(value);
  if (!(Number.isInteger(folds) && folds >= 2)) throw new Error(`--folds wants a whole number of at least 2, got ${value}`);
  return folds;
}

export interface Labelled {
  id: string;
  kind: 'fact' | 'list' | 'unanswerable' | 'numeric';
  q: string;
  pages: number[];
  must: string[];
  thread?: string | number;
}

/**
 * Asks every line of every set (a missing file is reported and left out),
 * a thread's turns with the earlier ones as history; `visit` sees each line,
 * its answer and whether it was a follow-up. `options` adds to each ask.
 */
export async function askSets(
  bot: { ask(q: string, opts?: AskOptions): Promise<Answer> },
  visit: (set: string, line: Labelled, answer: Answer, followUp: boolean) => void,
  options: (set: string, line: Labelled) => AskOptions = () => ({}),
): Promise<void> {
  const threads = new Map<string, Turn[]>();
  for (const { set, file } of SETS) {
    const path = resolve(ROOT, file);
    if (!existsSync(path)) {
      process.stderr.write(`${file} not found: set ${set} left out\n`);
      continue;
    }
    const lines = readFileSync(path, 'utf8')
      .split('\n')
      .filter((l) => l.trim())
      .map((l) => JSON.parse(l) as Labelled);
    for (const l of lines) {
      if (!['fact', 'list', 'unanswerable', 'numeric'].includes(l.kind)) throw new Error(`${file} ${l.id}: unknown kind ${l.kind}`);
      const thread = l.thread === undefined ? undefined : `${set}/${l.thread}`;
      const history = thread === undefined ? undefined : (threads.get(thread) ?? []);
      const answer = await bot.ask(l.q, { ...options(set, l), ...(history ? { history: [...history] } : {}) });
      if (thread !== undefined && history) threads.set(thread, [...history, { role: 'user', text: l.q }, { role: 'assistant', text: answer.text }]);
      visit(set, l, answer, (history?.length ?? 0) > 0);
    }
  }
}
