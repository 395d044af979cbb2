"""Whole sentences written by hand, one per line, so training also sees free-form phrasing."""

from __future__ import annotations


def lines(block: str) -> list[str]:
    """Non-empty stripped lines of a block."""
    return [line.strip() for line in block.splitlines() if line.strip()]


POSITIVE = lines(
    """
    Honestly the best pizza I've had in years.
    The nurses took such good care of my dad, we can't thank them enough.
    Finally a vacuum that actually picks up dog hair!
    Just got back from Lisbon and I already miss it.
    My order came early and was packed with care.
    The teacher made every lesson feel easy, my son loves going to school now.
    Great little cafe, friendly barista and the croissants are to die for.
    Setup was a breeze and the picture quality blew me away.
    We had the time of our lives at the concert last night!
    The new manager has really turned the team around.
    Can't believe how comfy these sneakers are, wearing them every day.
    Our guide knew everything about the old town and made it so much fun.
    Five minutes on the phone and my problem was solved. Impressive.
    This song has been on repeat all week.
    So proud of my sister for finishing her first marathon!
    The room was small but spotless, and the bed was heavenly.
    I was nervous about the surgery but the staff made me feel completely at ease.
    Dinner was lovely, thanks for organising it!
    This app has made budgeting so much easier for me.
    The hike was tough but the view at the top made it all worth it.
    Best customer service I've ever dealt with, hands down.
    Wow, the new update fixed every problem I had.
    I laughed so hard at that show I cried.
    The landlord fixed the boiler the same day I called.
    Such a warm welcome from everyone at the new job.
    I'll definitely be ordering from them again.
    Kids had a blast at the water park, already planning our next visit.
    It's been a month and I still can't stop using this blender.
    The plot twist at the end was genius.
    Thank you for the quick reply, that really helped.
    The cake was a hit at the party, everyone asked for the recipe.
    Gorgeous weather for our wedding, couldn't have asked for more.
    I feel so much better after switching to this mattress.
    The instructor was patient and explained everything clearly.
    Loving my new haircut!
    The concert exceeded all my expectations.
    Finally finished the project and the client loved it.
    What a beautiful morning for a run.
    This is exactly what I was looking for, thank you!
    The delivery guy even carried the boxes upstairs for us. Legend.
    """
)

NEGATIVE = lines(
    """
    Worst customer service I've ever experienced.
    The hotel looked nothing like the photos, and the room was freezing.
    My laptop died two days after the warranty expired. Typical.
    We waited forty minutes and the burgers were still cold.
    I can't believe they charged me a cancellation fee for their own mistake.
    The movie dragged on forever and the ending made no sense.
    Nobody at the front desk could answer a simple question.
    The app crashes every time I try to upload a photo.
    Spent the whole weekend sick in bed.
    The instructions were useless and half the screws were missing.
    Our flight got cancelled and the airline offered us nothing.
    The neighbours partied until 4am again, I'm exhausted.
    This is the third time my package has been delivered to the wrong address.
    I regret every cent I spent on this course.
    The new policy is a mess and nobody understands it.
    The coffee tasted burnt and the milk was sour.
    My manager yelled at me in front of the whole team.
    The shoes fell apart after a month of normal use.
    Such a letdown after all the hype.
    The bathroom was disgusting and there was mold on the ceiling.
    Two hours on hold just to be disconnected.
    I'm so tired of this company's excuses.
    The sequel ruined everything the first film built up.
    Lost my wallet on the train, what a terrible day.
    The food was overpriced and the portions were tiny.
    The doctor barely looked at me before writing a prescription.
    I've never been so bored in a meeting.
    The charger stopped working and they refuse to replace it.
    The internet keeps dropping every evening, it's driving me crazy.
    Terrible acoustics, we could barely hear the band.
    They promised a callback and never called.
    The seats were uncomfortable and the show started an hour late.
    I hate how this update moved all the buttons around.
    My dog got sick after eating this food.
    We were rushed out of the restaurant before we finished dessert.
    Nothing went right today.
    The rental car had a flat tire and no spare.
    The book started strong but fell apart halfway through.
    Dear airline, you lost my bag again. Thanks for nothing.
    The plumber made the leak worse and still charged full price.
    """
)

NEUTRAL = lines(
    """
    The train departs at 7:45 from platform 2.
    I ordered the blue one, it should come on Thursday.
    The meeting notes are in the shared folder.
    We're thinking about visiting Portugal in the spring.
    The restaurant takes reservations for groups of six or more.
    My phone is a two-year-old Android.
    The new library opens next month on Elm Street.
    Can you tell me how to get to the airport from here?
    The hotel is a ten-minute walk from the beach.
    I watched a documentary about bees last night.
    The package contains a charger, a cable and a manual.
    He said he would call back after lunch.
    The store is out of the large size until next week.
    We switched our internet provider in March.
    The exam covers chapters four through nine.
    Is the pharmacy on the left or the right?
    The software update will be installed tonight.
    I usually take the subway to work.
    They are repainting the building next week.
    The soup of the day is tomato.
    My brother is flying in from Chicago tomorrow.
    The movie starts at 8, so let's meet at 7:30.
    How many people are coming to the party?
    The warranty covers parts but not labor.
    The city is building a new bridge over the river.
    I'm reading a book about the history of Rome.
    The form asks for your address and date of birth.
    Lunch will be served in the main hall.
    The laptop has two USB ports and an HDMI output.
    We have a dentist appointment on Friday morning.
    The concert will be streamed online as well.
    The delivery window is between 9 and 12.
    Please note that the office will be closed for the holiday.
    She changed her phone number last week.
    There are three bedrooms and one bathroom.
    The museum offers free entry on the first Sunday of the month.
    I need to pick up the kids at four.
    The app asks for location access when you open it.
    What's the difference between the two plans?
    The bakery on the corner sells bread and pastries.
    """
)
