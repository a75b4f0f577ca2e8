// Citizen accounts: the terms to accept, register, log in and out, the profile, consent.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  CitizenLoginBody,
  CitizenPatchBody,
  CitizenRegisterBody,
  CitizenResponse,
  ConsentBody,
  ErrorBody,
  TermsResponse,
} from '@oss/shared';
import { z } from 'zod';
import { takeEach } from '../http/rate-limit.js';
import type { PortalRouteDeps } from '../portal/context.js';
import { citizenToken, clearCitizenCookie, setCitizenCookie } from './citizen-sessions.js';

const errors = { 400: ErrorBody, 401: ErrorBody, 409: ErrorBody, 429: ErrorBody };
const tags = ['citizens'];

export const accountRoutes: FastifyPluginAsyncZod<PortalRouteDeps> = async (app, deps) => {
  const { accounts, sessions, limits } = deps;
  const citizen = sessions.require();

  app.get(
    '/citizens/terms',
    {
      schema: {
        tags,
        description: 'The current terms and privacy notice to accept (a default Thai/English one until an admin sets one).',
        response: { 200: TermsResponse },
      },
    },
    async () => ({ terms: accounts.terms() }),
  );

  app.post(
    '/citizens/register',
    {
      schema: {
        tags,
        description: 'Creates an account with consent to the given terms version, and logs in (httpOnly cookie).',
        body: CitizenRegisterBody,
        response: { 201: CitizenResponse, ...errors },
      },
    },
    async (request, reply) => {
      limits.register.hit(request.ip);
      const created = await accounts.register(request.body);
      const { token, maxAgeSeconds } = sessions.create(created.id);
      setCitizenCookie(reply, token, maxAgeSeconds);
      return reply.status(201).send({ citizen: accounts.view(created) });
    },
  );

  app.post(
    '/citizens/login',
    { schema: { tags, body: CitizenLoginBody, response: { 200: CitizenResponse, ...errors } } },
    async (request, reply) => {
      // Only failures count: the tokens are taken before the (slow) password check, so parallel
      // guesses cannot slip past, and given back when the password is right.
      const username = request.body.username.toLowerCase();
      const giveBack = takeEach(
        [
          [limits.login, request.ip],
          [limits.loginUser, `${request.ip}|${username}`],
          [limits.loginAccount, username],
        ],
        'login attempts',
      );
      const found = await accounts.login(request.body.username, request.body.password);
      giveBack();
      const { token, maxAgeSeconds } = sessions.create(found.id);
      setCitizenCookie(reply, token, maxAgeSeconds);
      return { citizen: accounts.view(found) };
    },
  );

  app.post('/citizens/logout', { schema: { tags, response: { 200: z.object({}) } } }, async (request, reply) => {
    sessions.logout(citizenToken(request));
    clearCitizenCookie(reply);
    return {};
  });

  app.get(
    '/citizens/me',
    { schema: { tags, response: { 200: CitizenResponse, ...errors } }, onRequest: citizen },
    async (request) => ({
      citizen: accounts.view(request.citizen!),
    }),
  );

  app.patch(
    '/citizens/me',
    { schema: { tags, body: CitizenPatchBody, response: { 200: CitizenResponse, ...errors } }, onRequest: citizen },
    async (request) => ({ citizen: accounts.view(accounts.update(request.citizen!, request.body)) }),
  );

  app.post(
    '/citizens/consent',
    {
      schema: {
        tags,
        description: 'Accepts a terms version (it must be the current one).',
        body: ConsentBody,
        response: { 200: CitizenResponse, ...errors },
      },
      onRequest: citizen,
    },
    async (request) => {
      accounts.consent(request.citizen!, request.body.termsVersion);
      return { citizen: accounts.view(request.citizen!) };
    },
  );
};
