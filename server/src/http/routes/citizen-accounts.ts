// Citizen accounts: the terms to accept, register, log in and out, the profile, consent.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { routes } from '@oss/shared';
import { takeEach } from '../rate-limit.js';
import { route } from '../route.js';
import type { RouteDeps } from '../context.js';
import { citizenToken, clearCitizenCookie, setCitizenCookie } from '../../citizens/citizen-sessions.js';

export const accountRoutes: FastifyPluginAsyncZod<RouteDeps> = async (app, { portal: deps }) => {
  const { accounts, sessions, limits } = deps;
  const citizen = sessions.require();

  route(app, routes.citizenTerms, {}, async () => ({ terms: accounts.terms() }));

  route(app, routes.register, {}, async (request, reply) => {
    limits.register.hit(request.ip);
    const created = await accounts.register(request.body);
    const { token, maxAgeSeconds } = sessions.create(created.id);
    setCitizenCookie(reply, token, maxAgeSeconds);
    return reply.status(201).send({ citizen: accounts.view(created) });
  });

  route(app, routes.citizenLogin, {}, async (request, reply) => {
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
  });

  route(app, routes.citizenLogout, {}, async (request, reply) => {
    sessions.logout(citizenToken(request));
    clearCitizenCookie(reply);
    return {};
  });

  route(app, routes.citizenMe, { onRequest: citizen }, async (request) => ({
    citizen: accounts.view(request.citizen!),
  }));

  route(app, routes.updateCitizen, { onRequest: citizen }, async (request) => ({
    citizen: accounts.view(accounts.update(request.citizen!, request.body)),
  }));

  route(app, routes.consent, { onRequest: citizen }, async (request) => {
    accounts.consent(request.citizen!, request.body.termsVersion);
    return { citizen: accounts.view(request.citizen!) };
  });
};
